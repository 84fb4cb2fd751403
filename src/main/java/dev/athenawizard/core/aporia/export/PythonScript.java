package dev.athenawizard.core.aporia.export;

import dev.athenawizard.core.Version;
import dev.athenawizard.core.aporia.client.AporiaHost;
import dev.athenawizard.core.aporia.client.KeyText;
import dev.athenawizard.core.aporia.plan.AthenaSource;
import dev.athenawizard.core.aporia.plan.DatasetSpec;
import dev.athenawizard.core.aporia.plan.ModelSpec;
import dev.athenawizard.core.aporia.plan.RegistrationPlan;
import dev.athenawizard.core.aporia.plan.SchemaField;
import dev.athenawizard.core.aporia.plan.VersionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registration as a Python script for the classic {@code aporia} SDK (2.x): the Aporia guide's calls with the
 * project's values. Secrets are never written into it: the token and the data source's key pair are read from
 * environment variables when it runs.
 */
public final class PythonScript {
    /** The SDK releases the script is written for: 2.9 added tensor fields; 3.x dropped this whole API. */
    public static final String SDK_REQUIREMENT = "aporia>=2.9,<3";
    public static final String TOKEN_VARIABLE = "APORIA_TOKEN";
    public static final String HOST_VARIABLE = "APORIA_HOST";

    private PythonScript() {
    }

    /**
     * @param host    Aporia's host; empty to read it from {@code APORIA_HOST} when the script runs
     * @param project the project's name, for the header
     */
    public static String render(RegistrationPlan plan, Optional<AporiaHost> host, String project) {
        StringBuilder py = new StringBuilder();
        header(py, plan, project);
        init(py, plan, host);
        model(py, plan.model());
        version(py, plan.model().id(), plan.version());
        for (DatasetSpec dataset : plan.datasets()) {
            connect(py, plan, dataset);
        }
        py.append("print(").append(PythonLiteral.string("Registered model " + plan.model().id() + ", version "
                + plan.version().name() + ", with " + plan.datasets().size() + " dataset"
                + (plan.datasets().size() == 1 ? "" : "s") + ".")).append(")\n");
        return py.toString();
    }

    private static void header(StringBuilder py, RegistrationPlan plan, String project) {
        py.append("#!/usr/bin/env python3\n");
        py.append("# Registers the model ").append(oneLine(plan.model().name())).append(" (id ")
                .append(plan.model().id()).append("), version ").append(plan.version().name())
                .append(", with Aporia and connects its Athena data.\n");
        py.append("# Written by ").append(Version.full()).append(" from the project ").append(oneLine(project))
                .append(".\n#\n");
        py.append("# SDK: the classic `aporia` Python SDK, 2.x from 2.9 on (").append(SDK_REQUIREMENT)
                .append("): aporia.init, create_model_version,\n");
        py.append("# AthenaDataSource and connect_serving exist only there; aporia 3.x has none of them.\n");
        py.append("#     pip install \"").append(SDK_REQUIREMENT).append("\"\n#\n");
        py.append("# Secrets are read from the environment when this runs, never written here:\n");
        py.append("#   ").append(TOKEN_VARIABLE).append("                   Aporia's API token\n");
        py.append("#   ").append(KeyText.KEY_ID_VARIABLE)
                .append("       access key id of Aporia's IAM user for Athena\n");
        py.append("#   ").append(KeyText.SECRET_VARIABLE).append("   its secret access key\n\n");
        py.append("import os\nfrom collections import OrderedDict\n\nimport aporia\nfrom aporia import "
                + "AthenaDataSource\n\n");
        py.append("if not hasattr(aporia, \"create_model_version\"):\n");
        py.append("    raise SystemExit(\"This script needs the classic aporia SDK: pip install \\\"")
                .append(SDK_REQUIREMENT).append("\\\"\")\n\n");
    }

    private static void init(StringBuilder py, RegistrationPlan plan, Optional<AporiaHost> host) {
        py.append("aporia.init(\n");
        py.append("    token=os.environ[\"").append(TOKEN_VARIABLE).append("\"],\n");
        if (host.isPresent()) {
            py.append("    host=").append(PythonLiteral.string(host.get().sdkHost())).append(",\n");
            if (host.get().sdkPort() != 443) {
                py.append("    port=").append(host.get().sdkPort()).append(",\n");
            }
        } else {
            py.append("    host=os.environ[\"").append(HOST_VARIABLE).append("\"],\n");
        }
        py.append("    environment=").append(PythonLiteral.string(plan.environment())).append(",\n");
        py.append("    throw_errors=True,  # without it the SDK only logs a failure and carries on\n");
        py.append(")\n\n");
    }

    private static void model(StringBuilder py, ModelSpec model) {
        py.append("# An existing model id is fine: Aporia answers 409 and the SDK carries on.\n");
        py.append("aporia.create_model(\n");
        py.append("    ").append(PythonLiteral.string(model.id())).append(",  # model id\n");
        py.append("    ").append(PythonLiteral.string(model.name()))
                .append(",  # name: positional, as the 2.x SDK calls it `name` (not the docs' `model_name`)\n");
        if (!model.description().isEmpty()) {
            py.append("    description=").append(PythonLiteral.string(model.description())).append(",\n");
        }
        if (!model.owner().isEmpty()) {
            py.append("    owner=").append(PythonLiteral.string(model.owner())).append(",\n");
        }
        py.append("    color=").append(PythonLiteral.string(model.color().wireName())).append(",\n");
        py.append("    icon=").append(PythonLiteral.string(model.icon().wireName())).append(",\n");
        if (!model.tags().isEmpty()) {
            py.append("    tags=").append(PythonLiteral.dict(model.tags(), "    ")).append(",\n");
        }
        py.append(")\n\n");
    }

    private static void version(StringBuilder py, String modelId, VersionSpec version) {
        py.append("apr_model = aporia.create_model_version(\n");
        py.append("    model_id=").append(PythonLiteral.string(modelId)).append(",\n");
        py.append("    model_version=").append(PythonLiteral.string(version.name())).append(",\n");
        py.append("    model_type=").append(PythonLiteral.string(version.modelType().wireName())).append(",\n");
        if (!version.rawInputs().isEmpty()) {
            py.append("    raw_inputs=").append(schema(version.rawInputs())).append(",\n");
        }
        py.append("    # In this order: the SDK numbers the features by it (feature_positions, for explainability).\n");
        py.append("    features=OrderedDict([\n");
        for (SchemaField f : version.features()) {
            py.append("        (").append(PythonLiteral.string(f.name())).append(", ").append(type(f))
                    .append("),\n");
        }
        py.append("    ]),\n");
        py.append("    predictions=").append(schema(version.predictions())).append(",\n");
        py.append(")\n\n");
    }

    private static String schema(List<SchemaField> fields) {
        StringBuilder out = new StringBuilder("{\n");
        fields.forEach(f -> out.append("        ").append(PythonLiteral.string(f.name())).append(": ").append(type(f))
                .append(",\n"));
        return out.append("    }").toString();
    }

    /** {@code "numeric"} or {@code {"type": "tensor", "dimensions": [768]}}. */
    private static String type(SchemaField field) {
        if (!field.type().hasDimensions()) {
            return PythonLiteral.string(field.type().wireName());
        }
        return "{\"type\": " + PythonLiteral.string(field.type().wireName()) + ", \"dimensions\": "
                + field.dimensions() + "}";
    }

    private static void connect(StringBuilder py, RegistrationPlan plan, DatasetSpec dataset) {
        AthenaSource source = plan.source();
        py.append("apr_model.").append(dataset.kind().sdkMethod()).append("(\n");
        py.append("    data_source=AthenaDataSource(\n");
        py.append("        url=").append(PythonLiteral.string(source.jdbcUrl())).append(",\n");
        py.append("        query=").append(PythonLiteral.string(dataset.query())).append(",\n");
        py.append("        user=os.environ[\"").append(KeyText.KEY_ID_VARIABLE).append("\"],\n");
        py.append("        password=os.environ[\"").append(KeyText.SECRET_VARIABLE).append("\"],\n");
        py.append("        s3_output_location=").append(PythonLiteral.string(source.s3OutputLocation())).append(",\n");
        if (!source.selectExpr().isEmpty()) {
            py.append("        select_expr=").append(PythonLiteral.strings(source.selectExpr())).append(",\n");
        }
        if (!source.readOptions().isEmpty()) {
            py.append("        read_options=").append(PythonLiteral.dict(source.readOptions(), "        "))
                    .append(",\n");
        }
        py.append("    ),\n");
        py.append("    id_column=").append(PythonLiteral.string(dataset.idColumn())).append(",\n");
        py.append("    timestamp_column=").append(PythonLiteral.string(dataset.timestampColumn())).append(",\n");
        Map<String, Map<String, String>> mappings = new LinkedHashMap<>();
        mappings.put("raw_inputs", dataset.rawInputs());
        mappings.put("features", dataset.features());
        mappings.put("predictions", dataset.predictions());
        boolean renamed = mappings.values().stream().anyMatch(m -> !m.isEmpty());
        if (renamed) {
            py.append("    # Only the fields whose column is named differently; the rest read the column of their name.\n");
        }
        mappings.forEach((name, map) -> {
            if (!map.isEmpty()) {
                py.append("    ").append(name).append("=").append(PythonLiteral.dict(map, "    ")).append(",\n");
            }
        });
        if (!dataset.labels().isEmpty()) {
            py.append("    # Delayed actuals: prediction -> the column holding its actual value.\n");
            py.append("    labels=").append(PythonLiteral.dict(dataset.labels(), "    ")).append(",\n");
        }
        if (!plan.syncSchedule().isEmpty()) {
            py.append("    schedule=").append(PythonLiteral.string(plan.syncSchedule())).append(",\n");
        }
        py.append(")\n\n");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
