package org.trustcase.model.caseclocks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.trustcase.model.assessment.AssessmentRepository;
import org.trustcase.model.assessment.DecisionRepository;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseChangeListener;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.deadlines.ClockStatus;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.DeadlineKind;

/**
 * Keeps the deadline index in step with the recorded facts: told of every change of a case (in
 * the change's transaction), it computes that case's clocks again and stores those still to be
 * met. Time passing needs no work: a running clock is overdue once its stored due instant has
 * passed. When the rules change (a new version of the rule file) the whole index is rebuilt.
 */
public final class ClockIndexer implements CaseChangeListener {
    /** Raised when what is indexed, or how, changes, so that existing indexes are rebuilt. */
    private static final String INDEX_FORMAT = "1";
    static final int BATCH = 500;

    private final CaseRepository cases;
    private final CaseClockRepository facts;
    private final AssessmentRepository assessments;
    private final DecisionRepository decisions;
    private final CaseClocks clocks;
    private final ClockIndex index;
    private final Clock clock;
    /** While {@link #deferring} runs on a thread: the cases changed, indexed together at its end. */
    private final ThreadLocal<java.util.Set<CaseReference>> deferred = new ThreadLocal<>();

    public ClockIndexer(CaseRepository cases, CaseClockRepository facts, AssessmentRepository assessments,
            DecisionRepository decisions, CaseClocks clocks, ClockIndex index, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.index = Objects.requireNonNull(index, "index");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Indexes the case again from its recorded facts; inside the transaction of the change. */
    @Override
    public void changed(CaseReference reference) {
        java.util.Set<CaseReference> pending = deferred.get();
        if (pending != null) {
            pending.add(reference);
            return;
        }
        Optional<BreachCase> found = cases.find(reference);
        if (found.isEmpty() || found.get().status().isClosed()) {
            index.replace(reference, List.of());
            return;
        }
        BreachCase c = found.get();
        List<DeadlineClock> computed = clocks.compute(c, facts.facts(reference), decisions.latest(reference),
                assessments.latest(reference), clock.instant());
        index.replace(reference, indexed(computed));
    }

    /**
     * Runs {@code work} (many use cases inside one transaction, e.g. a generator's batch) and indexes the
     * cases it changed once, together, at its end, instead of once per change. Call inside the transaction.
     */
    public <T> T deferring(java.util.function.Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        java.util.Set<CaseReference> pending = new java.util.LinkedHashSet<>();
        deferred.set(pending);
        T result;
        try {
            result = work.get();
        } finally {
            deferred.remove();
        }
        List<CaseReference> changed = List.copyOf(pending);
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<CaseReference> slice = changed.subList(from, Math.min(changed.size(), from + BATCH));
            List<BreachCase> found = cases.find(slice);
            List<BreachCase> open = found.stream().filter(c -> !c.status().isClosed()).toList();
            found.stream().filter(c -> c.status().isClosed()).forEach(c -> index.replace(c.reference(), List.of()));
            indexBatch(open);
        }
        return result;
    }

    /** True when the index was built with the rules in use now (inside a transaction). */
    public boolean isCurrent() {
        return index.rulesFingerprint().map(fingerprint()::equals).orElse(false);
    }

    /**
     * Rebuilds the index of every open case in batches of {@value #BATCH}, each batch in a transaction
     * of {@code transactions}; {@code progress} is told after each batch and may stop the rebuild (it
     * is then left not current and rebuilt again later).
     *
     * @return true when the rebuild finished
     */
    public boolean rebuild(org.trustcase.model.common.TransactionRunner transactions, Progress progress) {
        long total = transactions.inTransaction(() -> {
            index.clear();
            index.rulesFingerprint("");
            return cases.countOpen();
        });
        long done = 0;
        long afterId = 0;
        while (true) {
            if (progress.cancelled().getAsBoolean()) {
                return false;
            }
            final long from = afterId;
            List<BreachCase> batch = transactions.inTransaction(() -> {
                List<BreachCase> open = cases.findOpen(from, BATCH);
                indexBatch(open);
                return open;
            });
            if (batch.isEmpty()) {
                break;
            }
            afterId = batch.get(batch.size() - 1).id();
            done += batch.size();
            progress.done(done, Math.max(total, done));
        }
        transactions.inTransaction(() -> {
            index.rulesFingerprint(fingerprint());
            return null;
        });
        return true;
    }

    /** Each of the cases that exist (a page of a list) with its clocks now, read with one query per kind. */
    public Map<CaseReference, CaseDeadlines> clocksOf(List<CaseReference> references) {
        List<BreachCase> found = cases.find(references);
        List<CaseReference> refs = found.stream().map(BreachCase::reference).toList();
        var storedFacts = facts.facts(refs);
        var latestDecisions = decisions.latest(refs);
        var latestAssessments = assessments.latest(refs);
        Instant now = clock.instant();
        Map<CaseReference, CaseDeadlines> result = new LinkedHashMap<>();
        for (BreachCase c : found) {
            CaseReference r = c.reference();
            result.put(r, new CaseDeadlines(c, clocks.compute(c, storedFacts.getOrDefault(r, CaseClockFacts.NONE),
                    Optional.ofNullable(latestDecisions.get(r)), Optional.ofNullable(latestAssessments.get(r)), now)));
        }
        return result;
    }

    /** Indexes the given open cases, reading their facts with one query per kind (a rebuild, a generator). */
    public void indexBatch(List<BreachCase> open) {
        if (open.isEmpty()) {
            return;
        }
        List<CaseReference> references = open.stream().map(BreachCase::reference).toList();
        var storedFacts = facts.facts(references);
        var latestDecisions = decisions.latest(references);
        var latestAssessments = assessments.latest(references);
        Instant now = clock.instant();
        Map<Long, List<IndexedClock>> byCase = new LinkedHashMap<>();
        for (BreachCase c : open) {
            CaseReference r = c.reference();
            byCase.put(c.id(), indexed(clocks.compute(c, storedFacts.getOrDefault(r, CaseClockFacts.NONE),
                    Optional.ofNullable(latestDecisions.get(r)), Optional.ofNullable(latestAssessments.get(r)), now)));
        }
        index.replaceAll(byCase);
    }

    /** Marks the index as built with the current rules (after a generator indexed every case itself). */
    public void markCurrent() {
        index.rulesFingerprint(fingerprint());
    }

    /**
     * Identifies the rules, the organisation's home zone and the index format: a different rule file, or a zone the
     * organisation moved to, gives a different fingerprint (inside a transaction).
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(INDEX_FORMAT.getBytes(StandardCharsets.UTF_8));
            sha.update(clocks.engine().catalog().version().getBytes(StandardCharsets.UTF_8));
            sha.update(clocks.engine().catalog().allVersions().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(clocks.engine().catalog().supplementaryHolidays().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(new java.util.TreeMap<>(clocks.engine().catalog().holidaysCountedAsBusinessDays()).toString()
                    .getBytes(StandardCharsets.UTF_8));
            // the organisation's zone moves the due times of US rules: another zone, another index
            sha.update(String.valueOf(clocks.homeZone()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static List<IndexedClock> indexed(List<DeadlineClock> computed) {
        List<IndexedClock> result = new ArrayList<>();
        for (DeadlineClock k : computed) {
            boolean legal = k.rule().kind() == DeadlineKind.LEGAL;
            if (k.status() == ClockStatus.RUNNING || k.status() == ClockStatus.OVERDUE) {
                result.add(new IndexedClock(k.rule().id(), true, legal, k.dueAt()));
            } else if (k.status() == ClockStatus.WAITING) {
                result.add(new IndexedClock(k.rule().id(), false, legal, null));
            }
        }
        return result;
    }

    /** What a rebuild reports, and how it is stopped. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void done(long cases, long total) {
        }

        default BooleanSupplier cancelled() {
            return () -> false;
        }
    }
}
