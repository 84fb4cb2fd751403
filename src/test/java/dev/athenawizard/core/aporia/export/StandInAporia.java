package dev.athenawizard.core.aporia.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with python3 against a stand-in {@code aporia} package that has the 2.x SDK's signatures
 * (so a wrong keyword, such as the docs' {@code model_name=}, fails as it would with the SDK) and records every call
 * with its arguments as JSON. An {@code OrderedDict} is recorded as {@code {"__ordered__": [[key, value], …]}}.
 */
final class StandInAporia {
    private static final String MODULE = """
            import json, os
            from collections import OrderedDict

            _calls = []

            def _plain(value):
                if isinstance(value, OrderedDict):
                    return {"__ordered__": [[k, _plain(v)] for k, v in value.items()]}
                if isinstance(value, dict):
                    return {k: _plain(v) for k, v in value.items()}
                if isinstance(value, (list, tuple)):
                    return [_plain(v) for v in value]
                if isinstance(value, AthenaDataSource):
                    return {"AthenaDataSource": value.recorded}
                return value

            def _record(name, args, kwargs):
                _calls.append({"call": name, "args": _plain(list(args)), "kwargs": _plain(kwargs)})
                with open(os.environ["APORIA_STANDIN_RECORD"], "w") as f:
                    json.dump(_calls, f)

            def init(token=None, host=None, environment=None, port=None, verbose=None, throw_errors=None,
                     debug=None, http_timeout_seconds=None, verify_ssl=True):
                _record("init", [], {k: v for k, v in locals().items() if v is not None and k != "verify_ssl"})

            def create_model(model_id, name, description=None, owner=None, color=None, icon=None, tags=None):
                _record("create_model", [model_id, name], {k: v for k, v in dict(description=description,
                        owner=owner, color=color, icon=icon, tags=tags).items() if v is not None})
                return model_id

            class AthenaDataSource:
                def __init__(self, url, query, s3_output_location, user=None, password=None, sample_size=1,
                             select_expr=None, read_options=None):
                    self.recorded = {k: v for k, v in dict(url=url, query=query,
                        s3_output_location=s3_output_location, user=user, password=password,
                        select_expr=select_expr, read_options=read_options).items() if v is not None}

            class Model:
                def __init__(self, model_id, model_version):
                    self.model_id = model_id
                    self.model_version = model_version

                def _connect(self, name, data_source, id_column, timestamp_column, predictions=None, features=None,
                             labels=None, raw_inputs=None, http_timeout_seconds=None, schedule=None):
                    kwargs = dict(data_source=data_source, id_column=id_column, timestamp_column=timestamp_column,
                                  predictions=predictions, features=features, labels=labels, raw_inputs=raw_inputs,
                                  schedule=schedule)
                    _record(name, [], {k: v for k, v in kwargs.items() if v is not None})

                def connect_serving(self, *args, **kwargs):
                    self._connect("connect_serving", *args, **kwargs)

                def connect_training(self, *args, **kwargs):
                    self._connect("connect_training", *args, **kwargs)

                def connect_testing(self, *args, **kwargs):
                    self._connect("connect_testing", *args, **kwargs)

            def create_model_version(model_id, model_version, model_type, features, predictions, raw_inputs=None,
                                     metrics=None, model_data_type=None, labels=None, multiclass_labels=None,
                                     feature_importance=None, mapping=None):
                _record("create_model_version", [], {k: v for k, v in dict(model_id=model_id,
                        model_version=model_version, model_type=model_type, features=features,
                        predictions=predictions, raw_inputs=raw_inputs).items() if v is not None})
                return Model(model_id, model_version)
            """;

    record Run(int exit, String output, List<JsonNode> calls) {
        JsonNode call(String name) {
            return calls.stream().filter(c -> c.path("call").asText().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no call to " + name + " in " + calls));
        }
    }

    private StandInAporia() {
    }

    static Run run(String script, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        Path packageDir = dir.resolve("aporia");
        Files.createDirectories(packageDir);
        Files.writeString(packageDir.resolve("__init__.py"), MODULE, StandardCharsets.UTF_8);
        Path file = dir.resolve("register.py");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Path record = dir.resolve("calls.json");
        ProcessBuilder builder = new ProcessBuilder("python3", file.toString()).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("APORIA"));
        environment.putAll(new HashMap<>(env));
        environment.put("PYTHONPATH", dir.toString());
        environment.put("APORIA_STANDIN_RECORD", record.toString());
        environment.put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("python3 did not finish");
        }
        List<JsonNode> calls = new java.util.ArrayList<>();
        if (Files.exists(record)) {
            new ObjectMapper().readTree(record.toFile()).forEach(calls::add);
        }
        return new Run(process.exitValue(), output, List.copyOf(calls));
    }
}
