package dev.athenawizard.core.mapping.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AthenaTextTest {
    @Test
    void numbersAsAthenaRendersThem() {
        assertThat(AthenaText.isNumber("0.25")).isTrue();
        assertThat(AthenaText.isNumber("-12")).isTrue();
        assertThat(AthenaText.isNumber("1.0E20")).isTrue();
        assertThat(AthenaText.isNumber("1.0E-7")).isTrue();
        assertThat(AthenaText.isNumber("NaN")).isTrue();
        assertThat(AthenaText.isNumber("-Infinity")).isTrue();
        assertThat(AthenaText.isNumber(".5")).isTrue();
        assertThat(AthenaText.isNumber("alice")).isFalse();
        assertThat(AthenaText.isNumber("1e")).isFalse();
        assertThat(AthenaText.isNumber("1.2.3")).isFalse();
        assertThat(AthenaText.isNumber("")).isFalse();
        assertThat(AthenaText.isNumber("-")).isFalse();
        assertThat(AthenaText.isNumber("12 ")).isFalse();
    }

    @Test
    void parsingGivesExactlyWhatDoubleParseDoubleGives() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            String text = random.nextBoolean() ? Double.toString(v)
                    : java.math.BigDecimal.valueOf(v).setScale(random.nextInt(8), java.math.RoundingMode.HALF_UP)
                            .toPlainString();
            assertThat(Double.doubleToRawLongBits(AthenaText.parseNumber(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
        for (String text : new String[] {"1.", ".5", "-0.0", "+3", "1.0E-7", "NaN", "-Infinity",
            "12345678901234567890", "0.1234567890123456789"}) {
            // compared bit for bit: NaN equals NaN, and -0.0 is not 0.0
            assertThat(Double.doubleToRawLongBits(AthenaText.parseNumber(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void integersAndCodesWithLeadingZeros() {
        assertThat(AthenaText.isInteger("42")).isTrue();
        assertThat(AthenaText.isInteger("-7")).isTrue();
        assertThat(AthenaText.isInteger("4.0")).isFalse();
        assertThat(AthenaText.hasLeadingZero("007")).isTrue();
        assertThat(AthenaText.hasLeadingZero("0")).isFalse();
        assertThat(AthenaText.hasLeadingZero("0.5")).isFalse();
    }

    @Test
    void timestampsInAthenaAndIsoNotation() {
        assertThat(AthenaText.isTimestamp("2024-01-01 10:00:00.000")).isTrue();
        assertThat(AthenaText.isTimestamp("2024-01-01 10:00:00.123456")).isTrue();
        assertThat(AthenaText.isTimestamp("2001-08-22 03:04:05.321 America/Los_Angeles")).isTrue();
        assertThat(AthenaText.isTimestamp("2020-01-01 12:00:00.000 UTC")).isTrue();
        assertThat(AthenaText.isTimestamp("2024-01-31T10:00:00Z")).isTrue();
        assertThat(AthenaText.isTimestamp("2024-01-31T10:00:00+02:00")).isTrue();
        assertThat(AthenaText.isTimestamp("2024-01-31T10:00")).isTrue();
        assertThat(AthenaText.isTimestamp("2024-01-31")).isTrue();
        assertThat(AthenaText.isDateOnly("2024-01-31")).isTrue();

        assertThat(AthenaText.isTimestamp("2024-13-01")).isFalse();
        assertThat(AthenaText.isTimestamp("2024-00-10")).isFalse();
        assertThat(AthenaText.isTimestamp("2024-01-31 25:00:00")).isFalse();
        assertThat(AthenaText.isTimestamp("31/01/2024")).isFalse();
        assertThat(AthenaText.isTimestamp("2024-01-31 10:00:00.")).isFalse();
        assertThat(AthenaText.isTimestamp("1706695200")).isFalse();
    }

    @Test
    void booleansAndWords() {
        assertThat(AthenaText.isBoolean("true")).isTrue();
        assertThat(AthenaText.isBoolean("FALSE")).isTrue();
        assertThat(AthenaText.isBoolean("yes")).isFalse();
        assertThat(AthenaText.wordCount("  Asked about  coverage ")).isEqualTo(3);
        assertThat(AthenaText.wordCount("")).isZero();
    }
}
