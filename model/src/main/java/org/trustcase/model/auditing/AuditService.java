package org.trustcase.model.auditing;

import java.util.List;
import java.util.function.Consumer;
import org.trustcase.model.common.UnreadableRecord;
import java.util.Objects;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditEvent;
import org.trustcase.model.audit.AuditChain;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditLog;
import org.trustcase.model.audit.AuditQuery;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.audit.AuditVerifier;
import org.trustcase.model.audit.ChainLink;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.audit.CheckpointLog;
import org.trustcase.model.audit.CheckpointSigner;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.TransactionRunner;

/**
 * The use cases of auditing: reading the audit trail. (The trail itself, written by every other
 * use case, is in {@code org.trustcase.model.audit}.)
 */
public final class AuditService {
    private final AuditLog log;
    private final AuditTrail trail;
    private final AuditChain chain;
    private final CheckpointLog checkpoints;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final CheckpointSigner signer;
    private final RecordCheck records;

    public AuditService(AuditLog log, AuditTrail trail, AuditChain chain, CheckpointLog checkpoints,
            CheckpointSigner signer, RecordCheck records, TransactionRunner transactions, AccessControl access) {
        this.records = Objects.requireNonNull(records, "records");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.log = Objects.requireNonNull(log, "log");
        this.chain = Objects.requireNonNull(chain, "chain");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.signer = Objects.requireNonNull(signer, "signer");
    }

    /**
     * Checks the whole audit trail, event by event, against itself, the head it recorded and every signed checkpoint;
     * names the first bad event. A checkpoint whose signature does not hold makes the trail unproven too.
     */
    public AuditVerification verify() {
        return verify(null);
    }

    /**
     * The same, with the checkpoints' signatures checked with {@code trustedPublicKey} (PEM, as {@link #publicKey()}
     * gave it earlier) instead of the key kept with the workspace; {@code null} for the workspace's own.
     *
     * @throws IllegalArgumentException if the key is not a public key of the signing algorithm
     */
    public AuditVerification verify(String trustedPublicKey) {
        access.require(UseCase.AUDIT_VERIFY, null);
        CheckpointLog.Reading signed = (trustedPublicKey == null ? checkpoints
                : checkpoints.trusting(trustedPublicKey)).read();
        // in pages, each a short read: a long trail does not hold the workspace for the whole check
        AuditVerification chained = new AuditVerifier().verify(new PagedChain(chain, transactions),
                signed.checkpoints());
        // the trail holds; then the records it describes must hold what it says
        AuditVerification verified = !chained.ok() ? chained : records.firstMismatch(transactions)
                .map(found -> new AuditVerification(chained.events(), chained.headHash(), found.seq(), found.problem()))
                .orElse(chained);
        AuditVerification result = verified.ok() && !signed.problems().isEmpty()
                ? new AuditVerification(verified.events(), verified.headHash(), 0, signed.problems().get(0))
                : verified;
        if (!result.ok()) {
            // what was found is itself part of the record, in a transaction of its own after the reading
            try {
                transactions.inTransaction(() -> trail.recordNoted(AuditAction.AUDIT_VERIFICATION_FAILED, null,
                        List.of(new FieldChange("firstBadEvent", null, Long.toString(result.firstBadSeq()))),
                        result.problem()));
            } catch (RuntimeException notRecorded) {
                // a trail broken so far that it takes no event (its head deleted): the finding is still reported
            }
        }
        return result;
    }

    /**
     * Signs a checkpoint of the trail as it stands now (its number of events and the hash of the last one), keeps it
     * outside the database and records that it was signed; returns it.
     */
    public Checkpoint checkpoint() {
        access.require(UseCase.AUDIT_CHECKPOINT, null);
        return signer.sign();
    }

    /**
     * Before a backup of the whole workspace is written (a DPO's to make): signs a checkpoint, so that the copy holds
     * the proof of its own trail; returns it.
     */
    public Checkpoint checkpointForBackup() {
        access.require(UseCase.WORKSPACE_BACKUP, null);
        return signer.sign();
    }

    /** The public key that checks the checkpoints' signatures (PEM), for someone else to verify with. */
    public String publicKey() {
        access.require(UseCase.AUDIT_PUBLIC_KEY, null);
        return transactions.read(checkpoints::publicKey);
    }

    /**
     * Exports the trail: signs a checkpoint first (an export is one of the moments the trail is vouched for), then
     * passes every event, as stored and with its hashes, to {@code out}, oldest first; returns the checkpoint.
     */
    public Checkpoint export(Consumer<ChainLink> out) {
        access.require(UseCase.AUDIT_EXPORT, null);
        Checkpoint signed = signer.sign();
        // in pages, as verifying reads: a long export does not hold the workspace either
        new PagedChain(chain, transactions).read(link -> {
            out.accept(link);
            return true;
        });
        return signed;
    }

    /** Every event of the workspace, oldest first. */
    public List<AuditEvent> all() {
        access.require(UseCase.AUDIT_ALL, null);
        return transactions.read(log::list);
    }

    /**
     * A page of the workspace's audit log: at most {@code limit} events {@code query} lets through, with a sequence
     * number below {@code beforeSeq} ({@link Long#MAX_VALUE} for the first page), newest first.
     */
    public List<AuditEvent> search(AuditQuery query, long beforeSeq, int limit) {
        access.require(UseCase.AUDIT_SEARCH, null);
        if (limit < 0) {
            throw new IllegalArgumentException("the limit is not negative");
        }
        return transactions.read(() -> log.page(query, beforeSeq, limit));
    }

    /** Every event of the workspace, oldest first; an event that cannot be read goes to {@code unreadable}. */
    public List<AuditEvent> all(Consumer<UnreadableRecord> unreadable) {
        access.require(UseCase.AUDIT_ALL, null);
        return transactions.read(() -> log.list(null, unreadable));
    }

    /** The events of one case, oldest first; an event that cannot be read goes to {@code unreadable}. */
    public List<AuditEvent> ofCase(String caseReference, Consumer<UnreadableRecord> unreadable) {
        access.require(UseCase.AUDIT_OF_CASE, CaseReference.parse(caseReference));
        return transactions.read(() -> log.list(caseReference, unreadable));
    }

    /**
     * The events of one case, oldest first.
     *
     * @throws org.trustcase.model.common.ValidationException if {@code caseReference} is not a case reference
     */
    public List<AuditEvent> ofCase(String caseReference) {
        access.require(UseCase.AUDIT_OF_CASE, CaseReference.parse(caseReference));
        return transactions.read(() -> log.list(caseReference));
    }
}
