package dev.athenawizard.core.mapping.drift;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next model version's name, in the style of the last one: {@code v1} → {@code v2}, {@code model-v09} →
 * {@code model-v10}, {@code 1.2.3} → {@code 1.2.4}, {@code 2024-01} → the next month (or this month, if later),
 * {@code 2024-01-15} → the next day (or today), {@code 2024-Q4} → {@code 2025-Q1}; a name without a number gets
 * {@code -2}.
 */
public final class VersionNames {
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern COMPACT_DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})([-_./]?)(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})([-_ ]?)([Qq])([1-4])");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(\\D*)$");

    private VersionNames() {
    }

    /** The name after {@code current}; dates never go back before {@code today}. */
    public static String next(String current, LocalDate today) {
        String name = current == null ? "" : current.strip();
        if (name.isEmpty()) {
            return "v1";
        }
        Matcher m;
        if ((m = DAY.matcher(name)).matches() || (m = COMPACT_DAY.matcher(name)).matches()) {
            String pattern = name.contains("-") ? "yyyy-MM-dd" : "yyyyMMdd";
            try {
                LocalDate day = LocalDate.parse(name, DateTimeFormatter.ofPattern(pattern, Locale.ROOT)).plusDays(1);
                return (day.isBefore(today) ? today : day).format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT));
            } catch (DateTimeParseException e) {
                return increment(name); // 20241399 is a number, not a day
            }
        }
        if ((m = MONTH.matcher(name)).matches() && validMonth(m.group(3))) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))).plusMonths(1);
            YearMonth now = YearMonth.from(today);
            YearMonth next = month.isBefore(now) ? now : month;
            return String.format(Locale.ROOT, "%04d%s%02d", next.getYear(), m.group(2), next.getMonthValue());
        }
        if ((m = QUARTER.matcher(name)).matches()) {
            int year = Integer.parseInt(m.group(1));
            int quarter = Integer.parseInt(m.group(4)) + 1;
            if (quarter > 4) {
                quarter = 1;
                year++;
            }
            int thisQuarter = (today.getMonthValue() - 1) / 3 + 1;
            if (year * 4 + quarter < today.getYear() * 4 + thisQuarter) {
                year = today.getYear();
                quarter = thisQuarter;
            }
            return year + m.group(2) + m.group(3) + quarter;
        }
        return increment(name);
    }

    private static boolean validMonth(String month) {
        int value = Integer.parseInt(month);
        return value >= 1 && value <= 12;
    }

    /** The last number plus one, as wide as it was ({@code v09} → {@code v10}); {@code -2} when there is none. */
    private static String increment(String name) {
        Matcher m = LAST_NUMBER.matcher(name);
        if (!m.find()) {
            return name.endsWith("v") || name.endsWith("V") ? name + "2" : name + "-2";
        }
        String digits = m.group(1);
        String next = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
        while (next.length() < digits.length()) {
            next = "0" + next;
        }
        return name.substring(0, m.start(1)) + next + m.group(2);
    }
}
