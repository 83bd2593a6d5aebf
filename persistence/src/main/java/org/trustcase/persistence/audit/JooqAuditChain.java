package org.trustcase.persistence.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.function.Predicate;
import org.trustcase.model.audit.AuditChain;
import org.trustcase.model.audit.ChainHead;
import org.trustcase.model.audit.ChainLink;
import org.trustcase.persistence.database.Database;

/**
 * The audit trail as stored, read row by row for verification: each event's columns exactly as they are in the
 * file (whatever a program other than Trustcase may have written there), never the whole trail in memory.
 */
public final class JooqAuditChain implements AuditChain {
    /** Rows fetched per round trip: a million events are read in steady memory. */
    private static final int FETCH = 2000;

    private final Database transactions;

    public JooqAuditChain(Database transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void read(Predicate<ChainLink> reader) {
        read(0, Integer.MAX_VALUE, reader);
    }

    @Override
    public int read(long after, int limit, Predicate<ChainLink> reader) {
        int[] passed = {0};
        // plain JDBC: verifying is bound by reading, and a row needs no mapping beyond its text columns
        transactions.dsl("the audit trail").connection(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, prev_hash, hash, "
                    + StoredEventFields.COLUMNS + " FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, after);
                select.setInt(2, limit);
                select.setFetchSize(FETCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ChainLink link = new ChainLink(rows.getLong(1), StoredEventFields.of(rows.getString(4),
                                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                                rows.getString(9), rows.getString(10)), rows.getString(2), rows.getString(3));
                        passed[0]++;
                        if (!reader.test(link)) {
                            return;
                        }
                    }
                }
            }
        });
        return passed[0];
    }

    @Override
    public ChainHead recordedHead() {
        return JooqAuditLog.head(transactions.dsl("the audit trail"));
    }
}
