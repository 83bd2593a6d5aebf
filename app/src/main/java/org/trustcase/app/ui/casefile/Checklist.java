package org.trustcase.app.ui.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trustcase.app.ui.support.Messages;
import org.trustcase.model.common.Problem;
import org.trustcase.model.workflow.GuardRefusal;
import org.trustcase.model.workflow.TransitionOption;

/**
 * What is still needed before each blocked workflow step, as a checklist: one group per blocked step ("For “Close
 * case”"), one item per missing thing in plain words, each pointing at the field or tab where it is done.
 *
 * @param groups the blocked steps with their items, in the order of the workflow buttons
 */
public record Checklist(List<Group> groups) {
    public static final Checklist EMPTY = new Checklist(List.of());

    /** Where a guard's missing thing is done: a field of the Overview (its key) or a case tab (its stable id). */
    private static final Map<String, String> TARGETS = Map.ofEntries(
            Map.entry("owner", "owner"),
            Map.entry("breach-types", "breachTypes"),
            Map.entry("data-categories", "dataCategories"),
            Map.entry("aware-gap-reason", "awareGapReason"),
            Map.entry("contained", "containedAt"),
            Map.entry("remedial-actions", "remedialActions"),
            Map.entry("assessment", "case-tab-assessment"),
            Map.entry("decision", "case-tab-assessment"),
            Map.entry("decision-current", "case-tab-assessment"),
            Map.entry("decision-notify", "case-tab-assessment"),
            Map.entry("legal-clocks", "case-tab-deadlines"),
            Map.entry("notified", "case-tab-deadlines"));

    public Checklist {
        groups = List.copyOf(groups);
    }

    /**
     * One blocked step.
     *
     * @param step the step's button label ("Close case")
     */
    public record Group(String step, String heading, List<Item> items) {
        public Group {
            items = List.copyOf(items);
        }
    }

    /**
     * One missing thing.
     *
     * @param code   the guard's stable code ({@code owner}, {@code remedial-actions})
     * @param text   what is missing, as a sentence
     * @param target the field key ({@code containedAt}) or the tab id ({@code case-tab-assessment}) where it is done,
     *               or null when it is asked for when the step is taken (a reason)
     */
    public record Item(String code, String text, String target) {
        public boolean opensTab() {
            return target != null && target.startsWith("case-tab-");
        }
    }

    /** The checklist of the blocked steps among {@code options}; a reason asked when a step is taken is left out. */
    public static Checklist of(List<TransitionOption> options, List<WorkflowAction> actions, Messages messages) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            TransitionOption option = options.get(i);
            List<Item> items = new ArrayList<>();
            for (GuardRefusal refusal : option.blockers()) {
                if ("reason".equals(refusal.code())) {
                    continue;
                }
                items.add(new Item(refusal.code(), sentence(messages.render(why(refusal)), messages.bundle().getLocale()),
                        TARGETS.get(refusal.code())));
            }
            if (!items.isEmpty()) {
                String step = actions.get(i).label();
                groups.add(new Group(step, messages.format("checklist.group", step), items));
            }
        }
        return new Checklist(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** "1 for “Start investigation” · 5 for “Close case”". */
    public String summary(Messages messages) {
        return String.join(" · ", groups.stream()
                .map(g -> messages.format("checklist.group.count", g.items().size(), g.step())).toList());
    }

    /** The refusal's own reason, without the step it blocks (the group names the step). */
    private static Problem why(GuardRefusal refusal) {
        Problem problem = refusal.problem();
        if ("refused".equals(problem.code()) && problem.args().size() == 2 && problem.arg(1) instanceof Problem why) {
            return why;
        }
        return problem;
    }

    private static String sentence(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
