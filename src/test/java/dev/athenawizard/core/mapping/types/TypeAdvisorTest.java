package dev.athenawizard.core.mapping.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.mapping.Previews;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeAdvisorTest {
    private static TypeChoice proposal(String athenaType, String... values) {
        PreviewProfile p = Previews.table().column("c", athenaType).rows(values).profile();
        return new TypeAdvisor(p).propose("c").orElseThrow();
    }

    private static TypeFit fit(FieldSchema schema, String athenaType, String... values) {
        PreviewProfile p = Previews.table().column("c", athenaType).rows(values).profile();
        return new TypeAdvisor(p).fit("c", schema);
    }

    @Test
    void proposalsFollowTheAthenaType() {
        assertThat(proposal("double", "1.5", "2.0").schema()).isEqualTo(FieldSchema.of(AporiaFieldType.NUMERIC));
        assertThat(proposal("boolean", "true").schema()).isEqualTo(FieldSchema.of(AporiaFieldType.BOOLEAN));
        assertThat(proposal("timestamp", "2024-01-01 00:00:00.000").schema())
                .isEqualTo(FieldSchema.of(AporiaFieldType.DATETIME));
        assertThat(proposal("double", "1.5").reason()).isEqualTo("Athena type double: numbers");
    }

    @Test
    void arrayOfNumbersOfConstantLengthIsATensorOfThatDimension() {
        TypeChoice c = proposal("array", "[0.1, 0.2, 0.3]", "[1.0, 2.0, 3.0]");

        assertThat(c.schema()).isEqualTo(FieldSchema.tensor(List.of(3)));
        assertThat(c.reason()).isEqualTo("array of numbers, length 3 in every row");
    }

    @Test
    void nestedRegularArraysAreATensorWithTwoDimensions() {
        assertThat(proposal("array", "[[1, 2], [3, 4], [5, 6]]", "[[0, 0], [0, 0], [0, 0]]").schema())
                .isEqualTo(FieldSchema.tensor(List.of(3, 2)));
    }

    @Test
    void arrayOfNumbersOfVaryingLengthIsAVector() {
        TypeChoice c = proposal("array", "[0.1, 0.2]", "[1.0]");

        assertThat(c.schema()).isEqualTo(FieldSchema.of(AporiaFieldType.VECTOR));
        assertThat(c.reason()).contains("varies from 1 to 2");
    }

    @Test
    void varcharIsReadForWhatItHolds() {
        assertThat(proposal("varchar", "true", "false").schema().type()).isEqualTo(AporiaFieldType.BOOLEAN);
        assertThat(proposal("varchar", "2024-01-01T10:00:00Z").schema().type()).isEqualTo(AporiaFieldType.DATETIME);
        assertThat(proposal("varchar", "1.5", "7").schema().type()).isEqualTo(AporiaFieldType.NUMERIC);
        TypeChoice codes = proposal("varchar", "007", "012");
        assertThat(codes.schema().type()).isEqualTo(AporiaFieldType.STRING);
        assertThat(codes.reason()).contains("leading zeros");
        TypeChoice text = proposal("varchar", "Wants to add a teenager to the policy.", "Asked what liability covers.");
        assertThat(text.schema().type()).isEqualTo(AporiaFieldType.TEXT);
        assertThat(text.reason()).startsWith("free text: 6 words");
        assertThat(proposal("varchar", "alice", "bob", "alice").schema().type()).isEqualTo(AporiaFieldType.STRING);
    }

    @Test
    void anIntegerFlagOfZerosAndOnesIsBoolean() {
        TypeChoice c = proposal("integer", "0", "1", "1");

        assertThat(c.schema().type()).isEqualTo(AporiaFieldType.BOOLEAN);
        assertThat(c.reason()).contains("only 0 and 1");
    }

    @Test
    void mapOfNumbersIsADict() {
        assertThat(proposal("map", "{cat=0.7, dog=0.3}").schema().type()).isEqualTo(AporiaFieldType.DICT);
    }

    @Test
    void noTypeForArraysOfTextAndSaysWhatToDo() {
        PreviewProfile p = Previews.table().column("tags", "array").rows("[red, blue]").profile();

        assertThat(new TypeAdvisor(p).propose("tags")).isEmpty();
        assertThat(TypeAdvisor.noTypeReason(p.column("tags").orElseThrow())).contains("array of text", "array_join");
    }

    @Test
    void numericOnNamesIsRefusedNamingTheRow() {
        TypeFit f = fit(FieldSchema.of(AporiaFieldType.NUMERIC), "varchar", "12", null, "alice");

        assertThat(f.fits()).isFalse();
        assertThat(f.reason()).isEqualTo("'alice' in row 3 is not a number");
    }

    @Test
    void numbersStoredAsTextFitWithAWarning() {
        TypeFit f = fit(FieldSchema.of(AporiaFieldType.NUMERIC), "varchar", "12", "13.5");

        assertThat(f.verdict()).isEqualTo(TypeFit.Verdict.FITS_WITH_WARNING);
        assertThat(f.reason()).contains("CAST(c AS double)");
    }

    @Test
    void tensorOnArraysOfVaryingLengthIsRefusedNamingTheOddRow() {
        TypeFit f = fit(FieldSchema.of(AporiaFieldType.TENSOR), "array", "[1, 2, 3]", "[1, 2, 3]", "[1, 2]");

        assertThat(f.fits()).isFalse();
        assertThat(f.reason()).contains("lengths vary from 2 to 3", "row 3 has length 2", "most rows length 3",
                "choose vector");
    }

    @Test
    void tensorWithOtherDimensionsIsRefused() {
        TypeFit f = fit(FieldSchema.tensor(List.of(4)), "array", "[1, 2, 3]");

        assertThat(f.fits()).isFalse();
        assertThat(f.reason()).isEqualTo("every row has length 3, not length 4");
    }

    @Test
    void tensorWithoutDimensionsTakesTheMeasuredOnes() {
        TypeFit f = fit(FieldSchema.of(AporiaFieldType.TENSOR), "array", "[1, 2, 3]");

        assertThat(f.fits()).isTrue();
        assertThat(f.schema()).isEqualTo(FieldSchema.tensor(List.of(3)));
    }

    @Test
    void otherRefusalsSayWhichTypeWouldFit() {
        assertThat(fit(FieldSchema.of(AporiaFieldType.CATEGORICAL), "double", "1.0", "2.5").reason())
                .isEqualTo("'2.5' in row 2 is not a whole number (categorical holds whole-number categories; for "
                        + "measurements choose numeric)");
        assertThat(fit(FieldSchema.of(AporiaFieldType.BOOLEAN), "bigint", "0", "1", "2").reason())
                .isEqualTo("'2' in row 3 is neither 0 nor 1");
        assertThat(fit(FieldSchema.of(AporiaFieldType.DATETIME), "bigint", "1706695200").reason())
                .contains("from_unixtime(c)");
        assertThat(fit(FieldSchema.of(AporiaFieldType.NUMERIC), "boolean", "true").reason())
                .isEqualTo("this column holds true/false values (Athena type boolean), not numbers; choose boolean");
        assertThat(fit(FieldSchema.of(AporiaFieldType.TEXT), "array", "[1, 2]").reason())
                .endsWith("choose tensor [2]");
        assertThat(fit(FieldSchema.of(AporiaFieldType.DICT), "map", "{a=x}").fits()).isFalse();
        assertThat(fit(FieldSchema.of(AporiaFieldType.VECTOR), "array", "[[1], [2]]").reason())
                .contains("hold arrays", "choose tensor [2, 1]");
    }

    @Test
    void aColumnOfNullsFitsItsAthenaTypeWithNothingToCheck() {
        TypeFit f = fit(FieldSchema.of(AporiaFieldType.BOOLEAN), "boolean", null, null);

        assertThat(f.verdict()).isEqualTo(TypeFit.Verdict.FITS_WITH_WARNING);
        assertThat(f.reason()).contains("no values in the preview");
        assertThat(fit(FieldSchema.of(AporiaFieldType.NUMERIC), "boolean", null, null).fits()).isFalse();
    }

    @Test
    void assessJudgesEveryType() {
        PreviewProfile p = Previews.table().column("owner", "varchar").rows("alice", "bob").profile();

        List<TypeFit> all = new TypeAdvisor(p).assess("owner");

        assertThat(all).hasSize(AporiaFieldType.values().length);
        assertThat(all).filteredOn(TypeFit::fits).extracting(f -> f.schema().type())
                .containsExactly(AporiaFieldType.STRING, AporiaFieldType.TEXT);
    }
}
