package dev.athenawizard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TabularWriterTest {
    private static final Tabular DATA = new Tabular(
            List.of(Tabular.Column.text("id"), new Tabular.Column("amount", Tabular.JsonType.NUMBER),
                    new Tabular.Column("is_new", Tabular.JsonType.BOOLEAN), Tabular.Column.text("note")),
            List.of(Arrays.asList("a,1", "12.50", "true", "say \"hi\""),
                    Arrays.asList("b", null, null, ""),
                    Arrays.asList("c", "NaN", "false", "two\nlines")));

    private static String print(OutputFormat format) {
        StringWriter text = new StringWriter();
        TabularWriter.write(DATA, format, new PrintWriter(text));
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void csvQuotesWhatNeedsItAndTellsNullFromEmpty() {
        assertThat(print(OutputFormat.CSV)).isEqualTo("""
                id,amount,is_new,note
                "a,1",12.50,true,"say ""hi\"""
                b,,,""
                c,NaN,false,"two
                lines"
                """);
    }

    @Test
    void jsonTypesNumbersAndBooleansAndKeepsNulls() {
        assertThat(print(OutputFormat.JSON))
                .contains("\"id\" : \"a,1\"", "\"amount\" : 12.50", "\"is_new\" : true", "\"note\" : \"say \\\"hi\\\"\"")
                .contains("\"amount\" : null", "\"is_new\" : null", "\"note\" : \"\"")
                .contains("\"amount\" : \"NaN\"");
    }

    @Test
    void tableAlignsColumnsAndShowsMissingValuesAsDashes() {
        assertThat(print(OutputFormat.TABLE).lines().toList()).containsExactly(
                "ID   AMOUNT  IS_NEW  NOTE",
                "a,1  12.50   true    say \"hi\"",
                "b    -       -",
                "c    NaN     false   two\\nlines");
    }
}
