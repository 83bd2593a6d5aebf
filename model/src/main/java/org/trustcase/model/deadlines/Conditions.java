package org.trustcase.model.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a rule (or a variant of it) applies: flags the case must all have, flags of which it needs at
 * least one, flags that exclude it, and a range of affected subjects (inclusive). Empty conditions always hold.
 *
 * <p>An unknown subject count never removes a deadline and never makes it later: a rule's threshold is then
 * assumed to be reached (and the clock says so), while a variant that needs a known count is not chosen.
 */
public record Conditions(Set<String> allFlags, Set<String> anyFlags, Set<String> noneFlags, Long minSubjects,
        Long maxSubjects) {
    public static final Conditions NONE = new Conditions(Set.of(), Set.of(), Set.of(), null, null);

    public Conditions {
        allFlags = Set.copyOf(allFlags == null ? Set.of() : allFlags);
        anyFlags = Set.copyOf(anyFlags == null ? Set.of() : anyFlags);
        noneFlags = Set.copyOf(noneFlags == null ? Set.of() : noneFlags);
    }

    /** The outcome of checking conditions against a case: {@code reason} explains a failure or an assumption. */
    public record Outcome(boolean holds, String reason) {
        static final Outcome YES = new Outcome(true, null);
    }

    public boolean isEmpty() {
        return allFlags.isEmpty() && anyFlags.isEmpty() && noneFlags.isEmpty() && minSubjects == null
                && maxSubjects == null;
    }

    /** Every flag code these conditions name. */
    public Set<String> flagsNamed() {
        Set<String> all = new TreeSet<>(allFlags);
        all.addAll(anyFlags);
        all.addAll(noneFlags);
        return all;
    }

    /** Checks whether a rule applies; an unknown subject count is assumed to reach a minimum. */
    public Outcome applicability(Set<String> flags, Long subjects) {
        return check(flags, subjects, true);
    }

    /** Checks whether a variant is chosen; a subject range needs a known count. */
    public Outcome choice(Set<String> flags, Long subjects) {
        return check(flags, subjects, false);
    }

    private Outcome check(Set<String> flags, Long subjects, boolean assumeUnknownCountReachesMinimum) {
        if (this == NONE || isEmpty()) {
            return Outcome.YES;
        }
        if (flags.containsAll(allFlags) && anyFlags.isEmpty() && noneFlags.isEmpty() && minSubjects == null
                && maxSubjects == null) {
            return Outcome.YES;
        }
        List<String> missing = allFlags.stream().filter(f -> !flags.contains(f)).sorted().toList();
        if (!missing.isEmpty()) {
            return new Outcome(false, "requires the flag" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!anyFlags.isEmpty() && anyFlags.stream().noneMatch(flags::contains)) {
            return new Outcome(false, "requires one of the flags " + String.join(", ", new TreeSet<>(anyFlags)));
        }
        List<String> excluding = noneFlags.stream().filter(flags::contains).sorted().toList();
        if (!excluding.isEmpty()) {
            return new Outcome(false, "does not apply with the flag " + String.join(", ", excluding));
        }
        if (minSubjects == null && maxSubjects == null) {
            return Outcome.YES;
        }
        if (subjects == null) {
            if (maxSubjects != null || !assumeUnknownCountReachesMinimum) {
                return new Outcome(false, "needs a known number of subjects");
            }
            return new Outcome(true, "number of subjects unknown: assumed to be at least " + minSubjects);
        }
        List<String> failures = new ArrayList<>();
        if (minSubjects != null && subjects < minSubjects) {
            failures.add("applies from " + minSubjects + " subjects; the case has " + subjects);
        }
        if (maxSubjects != null && subjects > maxSubjects) {
            failures.add("applies up to " + maxSubjects + " subjects; the case has " + subjects);
        }
        return failures.isEmpty() ? Outcome.YES : new Outcome(false, String.join("; ", failures));
    }
}
