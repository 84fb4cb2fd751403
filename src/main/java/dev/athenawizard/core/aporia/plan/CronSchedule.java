package dev.athenawizard.core.aporia.plan;

import dev.athenawizard.core.TypedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a dataset sync schedule: a standard five-field cron expression ({@code minute hour day-of-month month
 * day-of-week}), each field {@code *}, a number, a range {@code a-b}, a step {@code * /n} or {@code a-b/n}, or a
 * comma-separated list of those; months and weekdays may be named ({@code JAN}, {@code MON}).
 */
public final class CronSchedule {
    private record Part(String name, int min, int max, List<String> names) {
    }

    private static final List<Part> PARTS = List.of(
            new Part("minute", 0, 59, List.of()),
            new Part("hour", 0, 23, List.of()),
            new Part("day-of-month", 1, 31, List.of()),
            new Part("month", 1, 12, List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
                    "NOV", "DEC")),
            new Part("day-of-week", 0, 7, List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")));

    private CronSchedule() {
    }

    /** Why the expression is not a schedule Aporia can use, or empty when it is fine. Blank means "Aporia's default". */
    public static Optional<String> problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        String[] fields = expression.strip().split("\\s+");
        if (fields.length != PARTS.size()) {
            return Optional.of("The schedule " + TypedText.quoted(expression.strip()) + " has " + fields.length
                    + " field"
                    + (fields.length == 1 ? "" : "s") + "; a schedule has five: minute hour day-of-month month "
                    + "day-of-week, e.g. \"0 * * * *\" for every hour or \"30 2 * * *\" for 02:30 every day.");
        }
        for (int i = 0; i < fields.length; i++) {
            Optional<String> problem = checkField(fields[i], PARTS.get(i));
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> checkField(String field, Part part) {
        for (String item : field.split(",", -1)) {
            String range = item;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                Optional<Integer> step = number(item.substring(slash + 1));
                if (step.isEmpty() || step.get() < 1) {
                    return Optional.of("The " + part.name() + " field " + TypedText.quoted(field) + " has a step "
                            + TypedText.quoted(item.substring(slash + 1)) + " that is not a whole number of at least 1.");
                }
            }
            if (range.equals("*")) {
                continue;
            }
            String[] ends = range.split("-", -1);
            if (ends.length > 2 || range.isEmpty()) {
                return Optional.of("The " + part.name() + " field " + TypedText.quoted(field) + " is not *, a number, a range "
                        + "like 1-5, a step like */15, or a list of those.");
            }
            Integer previous = null;
            for (String end : ends) {
                Optional<Integer> value = value(end, part);
                if (value.isEmpty()) {
                    return Optional.of("The " + part.name() + " field " + TypedText.quoted(field) + " has "
                            + TypedText.quoted(end) + ", which is "
                            + "not a number from " + part.min() + " to " + part.max()
                            + (part.names().isEmpty() ? "" : " or a name like " + part.names().get(1)) + ".");
                }
                if (previous != null && value.get() < previous) {
                    return Optional.of("The " + part.name() + " field " + TypedText.quoted(field) + " has a range "
                            + "that runs backwards (" + TypedText.key(range) + ").");
                }
                previous = value.get();
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> value(String text, Part part) {
        int named = part.names().indexOf(text.toUpperCase(Locale.ROOT));
        if (named >= 0) {
            return Optional.of(part.name().equals("month") ? named + 1 : named);
        }
        return number(text).filter(n -> n >= part.min() && n <= part.max());
    }

    private static Optional<Integer> number(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text));
    }
}
