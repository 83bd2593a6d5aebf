package org.trustcase.model.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.trustcase.model.severity.CircumstanceTable.Dimension;
import org.trustcase.model.severity.SeverityInputs;
import org.trustcase.model.severity.SeverityMethod;

/** Two assessment versions side by side, with the inputs and results that differ. */
public record AssessmentComparison(Assessment left, Assessment right, List<Difference> differences) {

    /** One compared item; {@code changed} marks the ones to highlight. */
    public record Difference(String item, String left, String right, boolean changed) {
    }

    public AssessmentComparison {
        differences = List.copyOf(differences);
    }

    public static AssessmentComparison of(Assessment left, Assessment right) {
        List<Difference> rows = new ArrayList<>();
        SeverityInputs a = left.inputs();
        SeverityInputs b = right.inputs();
        add(rows, "dataType", a.dataType().code(), b.dataType().code());
        add(rows, "dpcAdjustments", adjustments(a), adjustments(b));
        add(rows, "ease", SeverityMethod.plain(a.ease().value()), SeverityMethod.plain(b.ease().value()));
        for (Dimension dimension : Dimension.values()) {
            add(rows, "cb-" + dimension.code(), SeverityMethod.plain(a.level(dimension)),
                    SeverityMethod.plain(b.level(dimension)));
        }
        add(rows, "malicious", Boolean.toString(a.malicious()), Boolean.toString(b.malicious()));
        add(rows, "dpc", SeverityMethod.plain(left.result().dpc()), SeverityMethod.plain(right.result().dpc()));
        add(rows, "score", SeverityMethod.plain(left.result().score()), SeverityMethod.plain(right.result().score()));
        add(rows, "band", left.result().band().code(), right.result().band().code());
        add(rows, "narrative", left.narrative(), right.narrative());
        return new AssessmentComparison(left, right, rows);
    }

    public List<Difference> changed() {
        return differences.stream().filter(Difference::changed).toList();
    }

    private static void add(List<Difference> rows, String item, String left, String right) {
        rows.add(new Difference(item, left, right, !Objects.equals(left, right)));
    }

    private static String adjustments(SeverityInputs inputs) {
        return inputs.adjustments().stream()
                .map(adj -> (adj.delta().signum() > 0 ? "+" : "") + SeverityMethod.plain(adj.delta()) + ": " + adj.reason())
                .collect(Collectors.joining("; "));
    }
}
