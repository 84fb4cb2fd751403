package dev.athenawizard.core.project;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.athenawizard.core.TypedText;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    /** Longest key read, as Jackson's default for text values: twenty million characters. */
    private static final int MAX_TEXT = 20_000_000;

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
        // what toJson writes, load reads: Jackson's default refuses keys (tag names) over 50,000 characters
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNameLength(MAX_TEXT).build())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                // neither text after the project nor the first of two equal keys is dropped without a word
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // a null in a list or map ("tags": {"team": null}) is named, not left to the record's Map.copyOf
                .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
                .build();
    }

    public String toJson(OnboardingProject project) {
        ObjectNode root = mapper().createObjectNode();
        root.put(FORMAT_FIELD, FORMAT);
        root.put(VERSION_FIELD, FORMAT_VERSION);
        root.setAll((ObjectNode) mapper().valueToTree(project));
        try {
            return withLoneSurrogatesReplaced(mapper().writeValueAsString(root)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a project always serialises", e);
        }
    }

    /**
     * The JSON text with each half of a surrogate pair that stands alone replaced by U+FFFD, the replacement
     * character. Such a half is no character (a broken paste): Jackson writes it as it is, which UTF-8 cannot encode,
     * so saving would fail and every other change be lost; and Jackson refuses to read it back escaped in a key.
     */
    static String withLoneSurrogatesReplaced(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }

    public void save(OnboardingProject project, Path file) throws IOException {
        writeAtomically(file, toJson(project));
    }

    public OnboardingProject load(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file, name(file) + " does not exist.", "", 0, 0, e);
        } catch (IOException e) {
            throw new ProjectFileException(file, name(file) + " could not be read: "
                    + JsonFileReader.jacksonWords(String.valueOf(e.getMessage())), "", 0, 0, e);
        }
        return parse(JsonFileReader.decode(bytes, file, "project"), file);
    }

    /** Parses project JSON; {@code file} only names the source in messages. */
    public OnboardingProject parse(String text, Path file) throws ProjectFileException {
        String json = JsonFileReader.withoutByteOrderMark(text);
        return read(JsonFileReader.readTree(mapper(), json, file, "project"), json, file, "");
    }

    /**
     * The project in {@code tree}, which was read from {@code text} at the JSON pointer {@code at} ({@code ""} for a
     * project file, {@code /project} inside a draft): every line and column is one of {@code text}.
     */
    OnboardingProject read(JsonNode tree, String text, Path file, String at) throws ProjectFileException {
        checkFormat(tree, file);
        try {
            return mapper().readerFor(OnboardingProject.class).readValue(tree);
        } catch (JsonMappingException e) {
            throw fieldProblem(e, file, text, at);
        } catch (IOException e) {
            throw new ProjectFileException(file, name(file) + " could not be read: "
                    + JsonFileReader.jacksonWords(String.valueOf(e.getMessage())), "", 0, 0, e);
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
                    + (format == null ? "." : " (its format is " + TypedText.quoted(format.asText()) + ")."),
                    FORMAT_FIELD, 0, 0, null);
        }
        JsonNode version = tree.get(VERSION_FIELD);
        if (version == null || !version.canConvertToExactIntegral()) {
            throw new ProjectFileException(file, name(file) + " has no valid \"formatVersion\" (a whole number).",
                    VERSION_FIELD, 0, 0, null);
        }
        BigInteger v = version.bigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(FORMAT_VERSION)) > 0) {
            throw new ProjectFileException(file, name(file) + " was saved by a newer Athena Onboarding Wizard "
                    + "(project format " + TypedText.key(v.toString()) + "); this version reads format "
                    + FORMAT_VERSION + ". Update the wizard to open it.", VERSION_FIELD, 0, 0, null);
        }
        if (v.signum() < 1) {
            throw new ProjectFileException(file, name(file) + " has an unknown project format version "
                    + TypedText.key(v.toString()) + ".", VERSION_FIELD, 0, 0, null);
        }
    }

    private ProjectFileException fieldProblem(JsonMappingException e, Path file, String text, String at) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? TypedText.key(ref.getFieldName())
                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        JsonLocation location = locate(text, at, e.getPath()).orElse(null);
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        String quoted = TypedText.quoted(field);
        String what;
        if (e instanceof UnrecognizedPropertyException u) {
            what = "has an unknown field " + quoted + where + ". Known fields here: "
                    + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", ")) + ".";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            what = "has " + quoted + " = " + quoted(f.getValue()) + where + ", which is not one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                            .collect(Collectors.joining(", ")) + ".";
        } else if (e instanceof InvalidNullException) {
            what = "has null in " + quoted + where + ", where every entry needs a value.";
        } else if (e.getCause() instanceof InputCoercionException) {
            what = "has " + quoted + where + " set to a number too large for it.";
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            what = "has " + quoted + where + " of the wrong type: it should be " + describe(m.getTargetType()) + ".";
        } else {
            what = "has a problem with " + quoted + where + ": "
                    + JsonFileReader.jacksonWords(String.valueOf(e.getOriginalMessage()));
        }
        return new ProjectFileException(file, name(file) + " " + what, field, line, column, e);
    }

    /**
     * Where the field at {@code path} (below the pointer {@code at}) is written in {@code text}. Jackson reports a
     * record's unknown field where it finished reading the object (often the last line of the file), and a value read
     * from a tree nowhere; the user needs the line of the field itself.
     */
    private Optional<JsonLocation> locate(String text, String at, List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder(at);
        for (JsonMappingException.Reference ref : path) {
            String step = ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex());
            pointer.append('/').append(step.replace("~", "~0").replace("/", "~1"));
        }
        if (pointer.length() == 0) {
            return Optional.empty();
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
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // the text parsed once already; without a place the message still names the field
        }
        return Optional.empty();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? TypedText.quoted(s) : TypedText.key(String.valueOf(value));
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
        return JsonFileReader.name(file);
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
