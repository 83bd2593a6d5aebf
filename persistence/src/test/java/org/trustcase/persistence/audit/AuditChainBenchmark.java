package org.trustcase.persistence.audit;

import static org.trustcase.persistence.jooq.Tables.AUDIT_EVENT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditHasher;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.audit.AuditVerifier;
import org.trustcase.model.audit.ChainLink;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.persistence.Workspace;
import org.trustcase.persistence.database.Database;

/**
 * What the hash chain costs, measured in one run on a new workspace, each figure beside its baseline:
 * <ul>
 * <li>appending an event with the chain (hash, head read and moved) against appending the same row without it,
 * per event, in transactions of {@value #PER_TRANSACTION} events and in transactions of one event (one use case);
 * <li>verifying a trail of {@code -Dbenchmark.events} events (default 1,000,000) read from the file, against reading
 * the same rows and hashing the same bytes with plain SHA-256; and the same two in memory, without the reading.
 * </ul>
 * Not a test: {@code mvn -Pbenchmark -pl persistence -am verify -DskipTests}.
 */
public final class AuditChainBenchmark {
    private static final int PER_TRANSACTION = 1000;
    private static final int ROUNDS = 5;

    private AuditChainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = Long.getLong("benchmark.events", 1_000_000L);
        Path dir = Files.createTempDirectory("trustcase-audit-benchmark-");
        try (Workspace workspace = Workspace.create(dir)) {
            appends(workspace);
            fill(workspace, events);
            verification(workspace);
        }
        System.out.printf(Locale.ROOT, "workspace left in %s%n", dir);
    }

    private static AuditEvent event(long n) {
        return new AuditEvent(0, Instant.parse("2026-03-04T10:00:00.123Z").plusSeconds(n), "Anna Kowalska",
                "TC-2026-" + String.format(Locale.ROOT, "%04d", n % 10_000), AuditAction.CASE_UPDATED,
                List.of(new FieldChange("owner", "Piotr Zieliński", "Anna Kowalska"),
                        new FieldChange("remedialActions", null, "Letters retrieved; address data corrected " + n)),
                n % 3 == 0 ? "Corrected after the call with the processor" : null);
    }

    /** The row the audit log wrote before the chain: the same columns, no hashes, no head. */
    private static void appendUnchained(Workspace workspace, AuditEvent event) {
        workspace.transactions().inTransaction(() -> {
            ((Database) workspace.transactions()).dsl("benchmark").insertInto(AUDIT_EVENT)
                    .set(AUDIT_EVENT.OCCURRED_AT, event.occurredAt())
                    .set(AUDIT_EVENT.ACTOR, event.actor())
                    .set(AUDIT_EVENT.CASE_REFERENCE, event.caseReference())
                    .set(AUDIT_EVENT.ACTION, event.action().code())
                    .set(AUDIT_EVENT.CHANGES, ChangesJson.write(event.changes()))
                    .set(AUDIT_EVENT.REASON, event.reason())
                    .set(AUDIT_EVENT.NOTE, (String) null)
                    .set(AUDIT_EVENT.PREV_HASH, "-")
                    .set(AUDIT_EVENT.HASH, "-")
                    .execute();
            return null;
        });
    }

    private static void appends(Workspace workspace) {
        // in a scratch workspace: unchained rows would break the chain the verification below reads
        List<Double> chained = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        List<Double> chainedSingle = new ArrayList<>();
        List<Double> plainSingle = new ArrayList<>();
        try (Workspace scratch = Workspace.create(workspace.directory().resolveSibling(
                workspace.directory().getFileName() + "-appends"))) {
            for (int round = 0; round < ROUNDS + 1; round++) {
                long start = System.nanoTime();
                scratch.transactions().inTransaction(() -> {
                    for (int i = 0; i < PER_TRANSACTION; i++) {
                        scratch.auditLog().append(event(i));
                    }
                    return null;
                });
                double chainedEach = (System.nanoTime() - start) / 1000.0 / PER_TRANSACTION;
                start = System.nanoTime();
                scratch.transactions().inTransaction(() -> {
                    for (int i = 0; i < PER_TRANSACTION; i++) {
                        appendUnchained(scratch, event(i));
                    }
                    return null;
                });
                double plainEach = (System.nanoTime() - start) / 1000.0 / PER_TRANSACTION;
                start = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    AuditEvent one = event(i);
                    scratch.transactions().inTransaction(() -> scratch.auditLog().append(one));
                }
                double chainedOne = (System.nanoTime() - start) / 1000.0 / 200;
                start = System.nanoTime();
                for (int i = 0; i < 200; i++) {
                    appendUnchained(scratch, event(i));
                }
                double plainOne = (System.nanoTime() - start) / 1000.0 / 200;
                if (round > 0) {
                    chained.add(chainedEach);
                    plain.add(plainEach);
                    chainedSingle.add(chainedOne);
                    plainSingle.add(plainOne);
                }
            }
        }
        System.out.printf(Locale.ROOT, "append, %d per transaction: chained %.1f µs/event, without the chain %.1f "
                + "µs/event: %.2f×%n", PER_TRANSACTION, median(chained), median(plain), median(chained) / median(plain));
        System.out.printf(Locale.ROOT, "append, one per transaction (a use case's write): chained %.1f µs, without "
                + "the chain %.1f µs: %.2f×%n", median(chainedSingle), median(plainSingle),
                median(chainedSingle) / median(plainSingle));
    }

    private static void fill(Workspace workspace, long events) {
        long start = System.nanoTime();
        for (long done = 0; done < events; done += 10_000) {
            long from = done;
            workspace.transactions().inTransaction(() -> {
                for (long i = from; i < Math.min(events, from + 10_000); i++) {
                    workspace.auditLog().append(event(i));
                }
                return null;
            });
        }
        System.out.printf(Locale.ROOT, "%,d events appended in %.1f s%n", events, (System.nanoTime() - start) / 1e9);
    }

    private static void verification(Workspace workspace) throws Exception {
        List<Double> verifying = new ArrayList<>();
        List<Double> plainReading = new ArrayList<>();
        AuditVerification result = null;
        for (int round = 0; round < 4; round++) {
            long start = System.nanoTime();
            result = workspace.transactions().read(() -> new AuditVerifier().verify(workspace.auditChain(), List.of()));
            double verified = (System.nanoTime() - start) / 1e9;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            AuditHasher encoder = new AuditHasher();
            start = System.nanoTime();
            workspace.transactions().read(() -> {
                workspace.auditChain().read(link -> {
                    sha.update(encoder.encode(link.seq(), link.previousHash(), link.fields()));
                    sha.digest();
                    return true;
                });
                return null;
            });
            double plain = (System.nanoTime() - start) / 1e9;
            if (round > 0) {
                verifying.add(verified);
                plainReading.add(plain);
            }
        }
        if (!result.ok()) {
            throw new IllegalStateException("the benchmark's trail does not verify: " + result.problem());
        }
        System.out.printf(Locale.ROOT, "verify %,d events from the file: %.2f s; reading them and SHA-256 over the "
                + "same bytes: %.2f s: throughput %.2f× the plain hashing%n", result.events(), median(verifying),
                median(plainReading), median(plainReading) / median(verifying));

        // the same without the reading: the chain's own work against the hash function alone
        List<ChainLink> links = new ArrayList<>();
        workspace.transactions().read(() -> {
            workspace.auditChain().read(link -> links.size() < 200_000 && links.add(link));
            return null;
        });
        AuditHasher hasher = new AuditHasher();
        List<byte[]> encoded = new ArrayList<>();
        for (ChainLink link : links) {
            encoded.add(hasher.encode(link.seq(), link.previousHash(), link.fields()));
        }
        List<Double> chainWork = new ArrayList<>();
        List<Double> shaOnly = new ArrayList<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int round = 0; round < ROUNDS + 1; round++) {
            long start = System.nanoTime();
            long ok = 0;
            for (ChainLink link : links) {
                ok += hasher.matches(link.seq(), link.previousHash(), link.fields(), link.hash()) ? 1 : 0;
            }
            double chained = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            for (byte[] bytes : encoded) {
                ok += sha.digest(bytes).length > 0 ? 1 : 0;
            }
            double raw = (System.nanoTime() - start) / 1e9;
            if (round > 0) {
                chainWork.add(chained);
                shaOnly.add(raw);
            }
            if (ok != 2L * links.size()) {
                throw new IllegalStateException("a link did not verify in memory");
            }
        }
        System.out.printf(Locale.ROOT, "in memory, %,d events: encode + SHA-256 + compare (AuditHasher.matches) %.3f s; SHA-256 over the "
                + "encoded bytes %.3f s: throughput %.2f× the plain hashing%n", links.size(), median(chainWork),
                median(shaOnly), median(shaOnly) / median(chainWork));
        System.out.printf(Locale.ROOT, "(%d bytes per event on average)%n",
                encoded.stream().mapToInt(b -> b.length).sum() / Math.max(1, encoded.size()));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
