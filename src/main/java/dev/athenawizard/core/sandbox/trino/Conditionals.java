package dev.athenawizard.core.sandbox.trino;

import dev.athenawizard.core.sandbox.trino.types.Coercions;
import dev.athenawizard.core.sandbox.trino.types.TrinoType;
import dev.athenawizard.core.sandbox.trino.types.Typed;
import io.trino.sql.tree.CoalesceExpression;
import io.trino.sql.tree.Expression;
import io.trino.sql.tree.IfExpression;
import io.trino.sql.tree.Node;
import io.trino.sql.tree.NullIfExpression;
import io.trino.sql.tree.SearchedCaseExpression;
import io.trino.sql.tree.SimpleCaseExpression;
import io.trino.sql.tree.WhenClause;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code CASE}, {@code IF}, {@code COALESCE} and {@code NULLIF}: every branch meets in one common type, or it is an error. */
final class Conditionals {
    private Conditionals() {
    }

    static Typed translate(ExpressionTranslator translator, Node node, Scope scope) {
        if (node instanceof SearchedCaseExpression searched) {
            List<String> conditions = new ArrayList<>();
            List<Typed> results = new ArrayList<>();
            for (WhenClause when : searched.getWhenClauses()) {
                conditions.add(translator.condition(when.getOperand(), scope, "CASE WHEN clause").sql());
                results.add(translator.translate(when.getResult(), scope));
            }
            Optional<Typed> otherwise = searched.getDefaultValue().map(d -> translator.translate(d, scope));
            return cases(node, "CASE", conditions, results, otherwise);
        }
        if (node instanceof SimpleCaseExpression simple) {
            Typed operand = translator.translate(simple.getOperand(), scope);
            List<String> conditions = new ArrayList<>();
            List<Typed> results = new ArrayList<>();
            for (WhenClause when : simple.getWhenClauses()) {
                Typed value = translator.translate(when.getOperand(), scope);
                conditions.add(Comparisons.compare(when, "=", operand, value).sql());
                results.add(translator.translate(when.getResult(), scope));
            }
            Optional<Typed> otherwise = simple.getDefaultValue().map(d -> translator.translate(d, scope));
            return cases(node, "CASE", conditions, results, otherwise);
        }
        if (node instanceof IfExpression ifExpression) {
            String condition = translator.condition(ifExpression.getCondition(), scope, "IF condition").sql();
            Typed then = translator.translate(ifExpression.getTrueValue(), scope);
            Optional<Typed> otherwise = ifExpression.getFalseValue().map(f -> translator.translate(f, scope));
            return cases(node, "IF", List.of(condition), List.of(then), otherwise);
        }
        if (node instanceof CoalesceExpression coalesce) {
            List<Typed> values = new ArrayList<>();
            for (Expression operand : coalesce.getOperands()) {
                values.add(translator.translate(operand, scope));
            }
            TrinoType common = common(node, "COALESCE", values);
            List<String> sqls = values.stream().map(v -> Coercions.coerce(v, common).sql()).toList();
            return Typed.of("coalesce(" + String.join(", ", sqls) + ")", common);
        }
        NullIfExpression nullIf = (NullIfExpression) node;
        Typed first = translator.translate(nullIf.getFirst(), scope);
        Typed second = translator.translate(nullIf.getSecond(), scope);
        String equal = Comparisons.compare(nullIf, "=", first, second).sql();
        return Typed.of("(CASE WHEN " + equal + " THEN NULL ELSE " + first.sql() + " END)", first.type());
    }

    private static Typed cases(Node node, String what, List<String> conditions, List<Typed> results,
                               Optional<Typed> otherwise) {
        List<Typed> all = new ArrayList<>(results);
        otherwise.ifPresent(all::add);
        TrinoType common = common(node, what, all);
        StringBuilder sql = new StringBuilder("(CASE");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(" WHEN ").append(conditions.get(i)).append(" THEN ")
                    .append(Coercions.coerce(results.get(i), common).sql());
        }
        otherwise.ifPresent(o -> sql.append(" ELSE ").append(Coercions.coerce(o, common).sql()));
        return Typed.of(sql.append(" END)").toString(), common);
    }

    private static TrinoType common(Node node, String what, List<Typed> values) {
        TrinoType common = TrinoType.UNKNOWN;
        for (Typed value : values) {
            Optional<TrinoType> next = Coercions.commonSuperType(common, value.type());
            if (next.isEmpty()) {
                Set<String> types = values.stream().map(v -> v.type().toString())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
                throw Failures.typeMismatch(node, "All " + what + " results must be the same type or coercible to a "
                        + "common type. Cannot find common type between " + common + " and " + value.type()
                        + ", all types (without duplicates): " + types);
            }
            common = next.get();
        }
        return common;
    }
}
