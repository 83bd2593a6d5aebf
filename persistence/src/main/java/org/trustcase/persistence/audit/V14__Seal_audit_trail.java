package org.trustcase.persistence.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.trustcase.model.audit.AuditHasher;

/**
 * Schema version 14: seals the audit events recorded before the hash chain (version 13), in sequence order, and
 * records the head. What was stored is sealed as it is: the chain protects the record from now on.
 */
public final class V14__Seal_audit_trail extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        AuditHasher hasher = new AuditHasher();
        String previous = AuditHasher.GENESIS;
        long last = 0;
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT seq, " + StoredEventFields.COLUMNS
                        + " FROM audit_event ORDER BY seq");
                PreparedStatement seal = connection.prepareStatement(
                        "UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            int pending = 0;
            while (rows.next()) {
                long seq = rows.getLong(1);
                String hash = hasher.hash(seq, previous, StoredEventFields.of(rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8)));
                seal.setString(1, previous);
                seal.setString(2, hash);
                seal.setLong(3, seq);
                seal.addBatch();
                if (++pending == BATCH) {
                    seal.executeBatch();
                    pending = 0;
                }
                previous = hash;
                last = seq;
            }
            if (pending > 0) {
                seal.executeBatch();
            }
        }
        if (last > 0) {
            try (PreparedStatement head = connection.prepareStatement(
                    "UPDATE audit_chain_head SET seq = ?, hash = ? WHERE id = 1")) {
                head.setLong(1, last);
                head.setString(2, previous);
                head.executeUpdate();
            }
        }
    }
}
