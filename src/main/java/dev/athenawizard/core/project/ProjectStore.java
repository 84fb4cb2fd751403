package dev.athenawizard.core.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes {@code *.athena-wizard.json} project files.
 *
 * <p>The file starts with {@code "format": "athena-wizard-project"} and a {@code "formatVersion"}, so a foreign JSON
 * file or one from a newer release is recognised before any field is read. Unknown fields are refused rather than
 * silently dropped: a hand-edited typo would otherwise lose what the user meant. Writes go to a temporary file that
 * replaces the target in one move, so a crash mid-save never leaves half a project.
 */
public final class ProjectStore {
    public static final String FORMAT = "athena-wizard-project";
    public static final String FORMAT_FIELD = "format";
    public static final String VERSION_FIELD = "formatVersion";
    public static final int FORMAT_VERSION = 1;
    public static final String EXTENSION = ".athena-wizard.json";

    /**
     * The mapper every project-shaped JSON (files, drafts) goes through. Configured once and thread-safe from then on;
     * made on first use, not when the window is built: Jackson loads some 500 classes.
     */
    private static final class Shared {
        static final ObjectMapper MAPPER = newMapper();
    }

    public ProjectStore() {
    }

    static ObjectMapper mapper() {
        return Shared.MAPPER;
    }

    private static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }

    public String toJson(OnboardingProject project) {
        ObjectNode root = mapper().createObjectNode();
        root.put(FORMAT_FIELD, FORMAT);
        root.put(VERSION_FIELD, FORMAT_VERSION);
        root.setAll((ObjectNode) mapper().valueToTree(project));
        try {
            return mapper().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project always serialises", e);
        }
    }

    public void save(OnboardingProject project, Path file) throws IOException {
        writeAtomically(file, toJson(project));
    }

    public OnboardingProject load(Path file) throws ProjectFileException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, name(file) + " does not exist.", "", 0, 0, e);
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file, name(file) + " is not a text file (it is not UTF-8), so it cannot be "
                    + "an Athena Onboarding Wizard project.", "", 0, 0, e);
        } catch (IOException e) {
            throw new ProjectFileException(file, name(file) + " could not be read: " + e.getMessage(), "", 0, 0, e);
        }
        return parse(text, file);
    }

    /** Parses project JSON; {@code file} only names the source in messages. */
    public OnboardingProject parse(String text, Path file) throws ProjectFileException {
        if (text.isBlank()) {
            throw new ProjectFileException(file, name(file) + " is empty.", "", 0, 0, null);
        }
        JsonNode tree;
        try {
            tree = mapper().readTree(text);
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            throw new ProjectFileException(file, name(file) + " is cut short: the JSON ends at line " + at.getLineNr()
                    + ", column " + at.getColumnNr() + " before it is complete. It may have been truncated while saving.",
                    "", at.getLineNr(), at.getColumnNr(), e);
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new ProjectFileException(file, name(file) + " is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + at.getLineNr() + ", column " + at.getColumnNr() + ".",
                    "", at.getLineNr(), at.getColumnNr(), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, name(file) + " is not valid JSON: " + e.getOriginalMessage(), "", 0, 0, e);
        }
        checkFormat(tree, file);
        try {
            return mapper().readerFor(OnboardingProject.class).readValue(text);
        } catch (JsonMappingException e) {
            throw fieldProblem(e, file, text);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(file, name(file) + " could not be read: " + e.getOriginalMessage(), "", 0, 0, e);
        }
    }

    private void checkFormat(JsonNode tree, Path file) throws ProjectFileException {
        if (!tree.isObject()) {
            throw new ProjectFileException(file, name(file) + " is not an Athena Onboarding Wizard project: it holds a "
                    + "JSON " + tree.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                    + ", not an object.", "", 1, 1, null);
        }
        JsonNode format = tree.get(FORMAT_FIELD);
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new ProjectFileException(file, name(file) + " is not an Athena Onboarding Wizard project: it has no "
                    + "\"format\": \"" + FORMAT + "\" field"
                    + (format == null ? "." : " (its format is \"" + format.asText() + "\")."),
                    FORMAT_FIELD, 0, 0, null);
        }
        JsonNode version = tree.get(VERSION_FIELD);
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new ProjectFileException(file, name(file) + " has no valid \"formatVersion\" (a whole number).",
                    VERSION_FIELD, 0, 0, null);
        }
        int v = version.asInt();
        if (v > FORMAT_VERSION) {
            throw new ProjectFileException(file, name(file) + " was saved by a newer Athena Onboarding Wizard "
                    + "(project format " + v + "); this version reads format " + FORMAT_VERSION
                    + ". Update the wizard to open it.", VERSION_FIELD, 0, 0, null);
        }
        if (v < 1) {
            throw new ProjectFileException(file, name(file) + " has an unknown project format version " + v + ".",
                    VERSION_FIELD, 0, 0, null);
        }
    }

    private ProjectFileException fieldProblem(JsonMappingException e, Path file, String text) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        JsonLocation at = locate(text, e.getPath()).orElse(e.getLocation());
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "has an unknown field \"" + field + "\"" + where + ". Known fields here: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ".";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            what = "has \"" + field + "\" = " + quoted(f.getValue()) + where + ", which is not one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", ")) + ".";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            what = "has \"" + field + "\"" + where + " of the wrong type: it should be "
                    + describe(m.getTargetType()) + ".";
        } else {
            what = "has a problem with \"" + field + "\"" + where + ": " + e.getOriginalMessage();
        }
        return new ProjectFileException(file, name(file) + " " + what, field, line, column, e);
    }

    /**
     * Where the field at {@code path} is written in {@code text}. Jackson reports a record's unknown field where it
     * finished reading the object (often the last line of the file); the user needs the line of the field itself.
     */
    private Optional<JsonLocation> locate(String text, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            String step = ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex());
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        JsonPointer target = JsonPointer.compile(pointer.toString());
        try (JsonParser parser = mapper().getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                boolean element = token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                        && parser.getParsingContext().inArray();
                if ((token == JsonToken.FIELD_NAME || element)
                        && parser.getParsingContext().pathAsPointer().equals(target)) {
                    return Optional.of(parser.currentTokenLocation());
                }
            }
        } catch (IOException e) {
            return Optional.empty(); // the text parsed once already; fall back to Jackson's own location
        }
        return Optional.empty();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text in quotes";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "a list [ … ]";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object { … }";
        }
        return "a " + type.getSimpleName();
    }

    private static String name(Path file) {
        return file == null ? "The project" : file.getFileName().toString();
    }

    /** Writes the whole text to a sibling temporary file, then moves it over {@code file} in one step. */
    public static void writeAtomically(Path file, String text) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
