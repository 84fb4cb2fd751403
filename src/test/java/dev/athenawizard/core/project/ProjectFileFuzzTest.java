package dev.athenawizard.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.athenawizard.core.aporia.GuideProject;
import dev.athenawizard.testing.BadText;
import dev.athenawizard.testing.Bounded;
import dev.athenawizard.testing.ReadableMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The project loader with damaged files made from real ones: cut at every character and every byte, characters
 * flipped, inserted and deleted, values of the wrong type, huge numbers, deep nesting, duplicate keys, a byte order
 * mark, invalid UTF-8, unknown fields, a newer format. {@link ProjectStore} either reads a project or throws a
 * {@link ProjectFileException} whose message is a readable sentence naming what is wrong, at the line and column it
 * reports — never another exception, and each case in bounded time.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails
class ProjectFileFuzzTest {
    static final Path FILE = Path.of("p.athena-wizard.json");
    private final ProjectStore store = new ProjectStore();

    /** Real project files: the sample of ProjectStoreTest, the Aporia guide's project, one written by an old release. */
    static List<String> samples() {
        return List.of(new ProjectStore().toJson(ProjectStoreTest.sample()),
                new ProjectStore().toJson(GuideProject.project()),
                resource("written-before-mapping-step.athena-wizard.json"));
    }

    @Test
    void a_project_file_cut_anywhere_says_it_is_cut_short_at_its_line_and_column() {
        Random random = BadText.random("project-cuts");
        int cuts = 0;
        for (String sample : samples()) {
            for (int cut : cutPoints(sample.length(), random)) {
                String head = sample.substring(0, cut);
                if (head.isBlank() || sample.substring(cut).isBlank()) {
                    continue;
                }
                cutShort(head, () -> store.parse(head, FILE));
                cuts++;
            }
        }
        assertThat(cuts).isGreaterThan(samples().size() * CUTS / 2);
    }

    @Test
    void a_cut_at_any_byte_says_it_is_cut_short_even_inside_a_character() {
        Random random = BadText.random("project-byte-cuts");
        int cuts = 0;
        for (String sample : samples()) {
            byte[] bytes = sample.replace("insurance", "Kündigung ✓ 😀").getBytes(StandardCharsets.UTF_8);
            for (int cut : cutPoints(bytes.length, random)) {
                byte[] head = java.util.Arrays.copyOf(bytes, cut);
                String text = new String(head, StandardCharsets.UTF_8);
                if (text.isBlank() || new String(bytes, cut, bytes.length - cut, StandardCharsets.UTF_8).isBlank()) {
                    continue;
                }
                // a character cut in half decodes to U+FFFD here; the file ends before it
                cutShort(text.replaceAll("\uFFFD+$", ""),
                        () -> store.parse(JsonFileReader.decode(head, FILE, "project"), FILE));
                cuts++;
            }
        }
        assertThat(cuts).isGreaterThan(samples().size() * CUTS / 2);
    }

    /** Places to cut each sample at: 250, times {@code -Dfuzz.scale} (every place once that exceeds its length). */
    private static final int CUTS = BadText.cases(250);

    /** Where to cut a text of {@code length}: every place inside it, or {@link #CUTS} of them drawn at random. */
    static List<Integer> cutPoints(int length, Random random) {
        List<Integer> all = new ArrayList<>();
        for (int cut = 1; cut < length; cut++) {
            all.add(cut);
        }
        java.util.Collections.shuffle(all, random);
        return all.subList(0, Math.min(all.size(), CUTS));
    }

    private static void cutShort(String head, Bounded.Task<?> read) {
        ProjectFileException e = refused(head, read);
        assertThat(e).as("cut after %s", tail(head)).isNotNull();
        assertThat(e.getMessage()).as("cut after %s", tail(head)).contains("cut short");
        String[] lines = lines(head);
        assertThat(e.line()).as("cut after %s", tail(head)).isEqualTo(lines.length);
        assertThat(e.column()).as("cut after %s", tail(head)).isEqualTo(lines[lines.length - 1].length() + 1);
        assertThat(e.getMessage()).contains("line " + e.line() + ", column " + e.column());
    }

    @Test
    void mutated_files_are_read_or_refused_with_a_readable_message_at_a_real_place() {
        Random random = BadText.random("project-mutations");
        int cases = 0;
        for (String sample : samples()) {
            for (int i = 0; i < BadText.cases(250); i++) {
                String text = mutate(sample, random);
                readOrRefused(text, () -> store.parse(text, FILE));
                cases++;
            }
        }
        assertThat(cases).isEqualTo(samples().size() * BadText.cases(250));
    }

    @Test
    void a_value_of_the_wrong_type_anywhere_is_refused_naming_its_field_at_its_line() {
        Random random = BadText.random("project-wrong-types");
        int cases = 0;
        for (String sample : samples()) {
            JsonNode tree = read(sample);
            List<String> pointers = new ArrayList<>();
            pointers(tree, "", pointers);
            for (String pointer : pointers) {
                if (pointer.equals("/format") || pointer.equals("/formatVersion")) {
                    continue;
                }
                for (JsonNode replacement : some(wrongValues(), random)) {
                    ObjectNode copy = tree.deepCopy();
                    replace(copy, pointer, replacement);
                    String text = write(copy);
                    OnboardingProject project = readOrRefused(text, () -> store.parse(text, FILE));
                    cases++;
                    if (project == null) {
                        ProjectFileException e = refused(text, () -> store.parse(text, FILE));
                        String changed = pointer.substring(1).replace('/', '.');
                        String named = e.field().replaceAll("\\[(\\d+)]", ".$1");
                        assertThat(changed.startsWith(named) || named.startsWith(changed))
                                .as("%s names the field changed, %s", e.getMessage(), changed).isTrue();
                    }
                }
            }
        }
        assertThat(cases).isGreaterThan(300);
    }

    /** Three of the values at random in each place; all of them from {@code -Dfuzz.scale=6} on. */
    private static List<JsonNode> some(List<JsonNode> values, Random random) {
        List<JsonNode> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(shuffled.size(), BadText.scale() * 3));
    }

    @Test
    void a_byte_order_mark_is_read_past_and_invalid_utf8_is_named_at_its_line_and_column() throws Exception {
        String sample = samples().get(0);
        byte[] marked = ("\uFEFF" + sample).getBytes(StandardCharsets.UTF_8);
        assertThat(store.parse(JsonFileReader.decode(marked, FILE, "project"), FILE))
                .isEqualTo(ProjectStoreTest.sample());

        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        int at = sample.indexOf("insurance-upsell");
        bytes[at] = (byte) 0xff;
        ProjectFileException e = catchThrowableOfType(ProjectFileException.class,
                () -> JsonFileReader.decode(bytes, FILE, "project"));
        String[] lines = sample.substring(0, at).split("\n", -1);
        assertThat(e.getMessage()).contains("not a text file", "line " + lines.length + ", column "
                + (lines[lines.length - 1].length() + 1));
        assertThat(e.line()).isEqualTo(lines.length);
    }

    @Test
    void a_duplicate_key_and_text_after_the_project_are_refused_rather_than_silently_dropped() {
        String sample = samples().get(0);
        String twice = sample.replace("\"name\" : \"insurance-upsell\",",
                "\"name\" : \"insurance-upsell\",\n  \"name\" : \"other\",");
        ProjectFileException duplicate = refused(twice, () -> store.parse(twice, FILE));
        assertThat(duplicate.getMessage()).contains("name", "twice");
        assertThat(duplicate.line()).isEqualTo(5);

        String more = sample + "{\"format\" : \"athena-wizard-project\"}\n";
        ProjectFileException after = refused(more, () -> store.parse(more, FILE));
        assertThat(after.getMessage()).contains("after the project");
        assertThat(after.line()).isEqualTo(sample.split("\n").length + 1);
    }

    @Test
    void text_of_every_kind_in_every_field_is_saved_and_read_back_exactly() throws Exception {
        Random random = BadText.random("project-round-trip");
        List<String> values = BadText.values(random, BadText.cases(300), List.of("SELECT 1"));
        OnboardingProject base = GuideProject.project();
        for (String value : values) {
            OnboardingProject project = base.withName(value.isBlank() ? "x" : value)
                    .withQuery(new QuerySection("AwsDataCatalog", value, value, 10))
                    .withModel(new ModelSection(value, value, value, "", "", Map.of(value, value), "v1", value,
                            value));
            String json = store.toJson(project);
            OnboardingProject back = Bounded.call(json, () -> store.parse(json, FILE));
            String kept = replaceLoneSurrogates(value); // half a surrogate pair is no character: it becomes U+FFFD
            assertThat(back.query().sql()).as(ReadableMessage.visible(value)).isEqualTo(kept);
            assertThat(back.model().tags()).as(ReadableMessage.visible(value)).isEqualTo(Map.of(kept, kept));
            if (kept.equals(value)) {
                assertThat(back).as(ReadableMessage.visible(value)).isEqualTo(project);
            }
            assertThat(store.toJson(back)).isEqualTo(json);
            assertThat(json.getBytes(StandardCharsets.UTF_8)).as("UTF-8 keeps every character")
                    .satisfies(b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo(json));
        }
    }

    private static String replaceLoneSurrogates(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** The project read, or null when it was refused with a proper {@link ProjectFileException}. */
    static OnboardingProject readOrRefused(String text, Bounded.Task<OnboardingProject> read) {
        try {
            return Bounded.call(text, read);
        } catch (ProjectFileException e) {
            checkRefusal(text, e);
            return null;
        } catch (Exception e) {
            throw new AssertionError("not a ProjectFileException for " + ReadableMessage.visible(text), e);
        }
    }

    static ProjectFileException refused(String text, Bounded.Task<?> read) {
        try {
            Object read1 = Bounded.call(text, read);
            throw new AssertionError("read " + read1 + " from " + ReadableMessage.visible(text));
        } catch (ProjectFileException e) {
            checkRefusal(text, e);
            return e;
        } catch (Exception e) {
            throw new AssertionError("not a ProjectFileException for " + ReadableMessage.visible(text), e);
        }
    }

    /** A readable message; a line and column that exist in the text and that the message names. */
    static void checkRefusal(String text, ProjectFileException e) {
        ReadableMessage.check(e.getMessage(), text, FILE.getFileName().toString(), "draft");
        ReadableMessage.check(e.field().isEmpty() ? "-" : e.field(), text);
        if (e.line() > 0) {
            String[] lines = lines(text);
            assertThat(e.line()).as(e.getMessage()).isBetween(1, lines.length);
            assertThat(e.column()).as(e.getMessage()).isBetween(1, lines[e.line() - 1].length() + 1);
            assertThat(e.getMessage()).contains("line " + e.line() + ", column " + e.column());
        }
    }

    /** One to four damages of one kind or another. */
    static String mutate(String sample, Random random) {
        String s = sample;
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && !s.isEmpty(); e++) {
            int at = random.nextInt(s.length());
            int to = Math.min(s.length(), at + 1 + random.nextInt(40));
            s = switch (random.nextInt(9)) {
                case 0 -> s.substring(0, at) + (char) (s.charAt(at) ^ (1 << random.nextInt(7))) + s.substring(at + 1);
                case 1 -> s.substring(0, at) + JSON_BITS.get(random.nextInt(JSON_BITS.size())) + s.substring(at);
                case 2 -> s.substring(0, at) + s.substring(to);
                case 3 -> s.substring(0, at) + BadText.FRAGMENTS.get(random.nextInt(BadText.FRAGMENTS.size()))
                        + s.substring(at);
                case 4 -> duplicateLine(s, random);
                case 5 -> s.substring(0, at) + s.substring(at, to).repeat(2 + random.nextInt(3)) + s.substring(to);
                case 6 -> s.substring(0, at) + "[".repeat(2_000) + s.substring(at);
                case 7 -> s.substring(0, at) + "9".repeat(1 + random.nextInt(2_000)) + s.substring(at);
                default -> s.substring(0, at) + BadText.soup(random) + s.substring(at);
            };
        }
        return s;
    }

    private static final List<String> JSON_BITS = List.of("{", "}", "[", "]", ":", ",", "\"", "\\", "null", "true",
            "false", "0", "-1", "1e999999", "99999999999999999999", "\"x\" :", "\"unknownField\" : 1,", "/*", "//",
            "'", "NaN", "Infinity", "\\u0000", "\\ud800", "\\uZZZZ", "\t", "\r\n", "\uFEFF", "\0");

    private static String duplicateLine(String s, Random random) {
        String[] lines = s.split("\n", -1);
        int i = random.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(i, lines[i]);
        return String.join("\n", out);
    }

    /** Values of every JSON type, and the awkward ones: huge numbers, deep nesting, long text. */
    static List<JsonNode> wrongValues() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode deep = f.arrayNode();
        for (int i = 0; i < 200; i++) {
            deep = f.arrayNode().add(deep);
        }
        return List.of(f.textNode("text"), f.numberNode(12), f.numberNode(1.5), f.booleanNode(true), f.nullNode(),
                f.arrayNode(), f.objectNode(), f.arrayNode().addNull(), f.objectNode().putNull("k"),
                f.objectNode().put("unknown", 1), f.numberNode(new java.math.BigInteger("9".repeat(40))),
                f.numberNode(new java.math.BigDecimal("1e400")), f.numberNode(-1), deep,
                f.textNode("x".repeat(100_000)), f.textNode("\0\ud800\u202e"));
    }

    private static void pointers(JsonNode node, String at, List<String> out) {
        if (!at.isEmpty()) {
            out.add(at);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                pointers(field.getValue(), at + "/" + field.getKey(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers(node.get(i), at + "/" + i, out);
            }
        }
    }

    private static void replace(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else {
            ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static JsonNode read(String json) {
        try {
            return ProjectStore.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return ProjectStore.mapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines as Jackson counts them: ended by a line feed, a carriage return, or both. */
    static String[] lines(String text) {
        return text.split("\r\n|\r|\n", -1);
    }

    private static String tail(String text) {
        return ReadableMessage.visible(text.substring(Math.max(0, text.length() - 30)));
    }

    private static String resource(String name) {
        try (InputStream in = ProjectFileFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
