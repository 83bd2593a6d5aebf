package org.trustcase.model.deadlines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.trustcase.model.common.Problem;

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

    /** The outcome of checking conditions against a case: {@code reason} explains a failure or an assumption (coded, {@link ClockReason}). */
    public record Outcome(boolean holds, Problem reason) {
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
            return new Outcome(false, ClockReason.REQUIRES_FLAGS.with(missing.size(), flags(missing)));
        }
        if (!anyFlags.isEmpty() && anyFlags.stream().noneMatch(flags::contains)) {
            return new Outcome(false, ClockReason.REQUIRES_ONE_OF_FLAGS.with(flags(List.copyOf(new TreeSet<>(anyFlags)))));
        }
        List<String> excluding = noneFlags.stream().filter(flags::contains).sorted().toList();
        if (!excluding.isEmpty()) {
            return new Outcome(false, ClockReason.EXCLUDED_BY_FLAGS.with(flags(excluding)));
        }
        if (minSubjects == null && maxSubjects == null) {
            return Outcome.YES;
        }
        if (subjects == null) {
            if (maxSubjects != null || !assumeUnknownCountReachesMinimum) {
                return new Outcome(false, ClockReason.NEEDS_SUBJECT_COUNT.with());
            }
            return new Outcome(true, ClockReason.SUBJECTS_ASSUMED.with(minSubjects));
        }
        List<Problem> failures = new ArrayList<>();
        if (minSubjects != null && subjects < minSubjects) {
            failures.add(ClockReason.BELOW_MINIMUM.with(minSubjects, subjects));
        }
        if (maxSubjects != null && subjects > maxSubjects) {
            failures.add(ClockReason.ABOVE_MAXIMUM.with(maxSubjects, subjects));
        }
        return failures.isEmpty() ? Outcome.YES : new Outcome(false, ClockReason.all(failures));
    }

    /** Flag codes as terms the interfaces name. */
    private static List<Problem> flags(List<String> codes) {
        return codes.stream().map(code -> Problem.term("flag", code)).toList();
    }
}
