package dev.athenawizard.core.project;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Everything the user decided while onboarding one model: the document behind File → Save and the autosaved draft.
 *
 * <p>Each wizard step reads the sections before it and writes its own. Immutable: a change produces a new project, so
 * the shell can compare, autosave and undo without defensive copies. Secrets have no field here on purpose: the type
 * itself guarantees they are never written to a project file or a draft.
 */
@JsonPropertyOrder({"name", "connection", "workgroup", "access", "query", "schema", "mapping", "model", "registration"})
@JsonIgnoreProperties(value = {ProjectStore.FORMAT_FIELD, ProjectStore.VERSION_FIELD}, allowGetters = false)
public record OnboardingProject(
        String name,
        ConnectionSection connection,
        WorkgroupSection workgroup,
        AccessSection access,
        QuerySection query,
        SchemaSection schema,
        MappingSection mapping,
        ModelSection model,
        RegistrationSection registration) {

    public static final String UNTITLED = "Untitled";

    public OnboardingProject {
        name = name == null || name.isBlank() ? UNTITLED : name;
        connection = connection == null ? ConnectionSection.DEFAULT : connection;
        workgroup = workgroup == null ? WorkgroupSection.EMPTY : workgroup;
        access = access == null ? AccessSection.EMPTY : access;
        query = query == null ? QuerySection.EMPTY : query;
        schema = schema == null ? SchemaSection.EMPTY : schema;
        mapping = mapping == null ? MappingSection.EMPTY : mapping;
        model = model == null ? ModelSection.EMPTY : model;
        registration = registration == null ? RegistrationSection.DEFAULT : registration;
    }

    public static OnboardingProject empty() {
        return new OnboardingProject(UNTITLED, null, null, null, null, null, null, null, null);
    }

    public OnboardingProject withName(String value) {
        return new OnboardingProject(value, connection, workgroup, access, query, schema, mapping, model, registration);
    }

    public OnboardingProject withConnection(ConnectionSection value) {
        return new OnboardingProject(name, value, workgroup, access, query, schema, mapping, model, registration);
    }

    public OnboardingProject withWorkgroup(WorkgroupSection value) {
        return new OnboardingProject(name, connection, value, access, query, schema, mapping, model, registration);
    }

    public OnboardingProject withAccess(AccessSection value) {
        return new OnboardingProject(name, connection, workgroup, value, query, schema, mapping, model, registration);
    }

    public OnboardingProject withQuery(QuerySection value) {
        return new OnboardingProject(name, connection, workgroup, access, value, schema, mapping, model, registration);
    }

    public OnboardingProject withSchema(SchemaSection value) {
        return new OnboardingProject(name, connection, workgroup, access, query, value, mapping, model, registration);
    }

    public OnboardingProject withMapping(MappingSection value) {
        return new OnboardingProject(name, connection, workgroup, access, query, schema, value, model, registration);
    }

    public OnboardingProject withModel(ModelSection value) {
        return new OnboardingProject(name, connection, workgroup, access, query, schema, mapping, value, registration);
    }

    public OnboardingProject withRegistration(RegistrationSection value) {
        return new OnboardingProject(name, connection, workgroup, access, query, schema, mapping, model, value);
    }
}
