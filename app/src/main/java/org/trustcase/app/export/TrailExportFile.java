package org.trustcase.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.trustcase.model.audit.ChainLink;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.auditing.AuditService;

/**
 * The audit trail exported for someone else to verify: a checkpoint is signed first, then every event as stored with
 * its hashes, one JSON object per line ({@code {"type":"event","seq",…,"prevHash","hash"}}), and the checkpoint as
 * the last line ({@code {"type":"checkpoint","events","headHash","signedAt","signature"}}). Written by the command
 * line and the window alike; never over an existing file, and a half-written file is removed.
 */
public final class TrailExportFile {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter ONE_LINE = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

    /** What an export wrote. */
    public record Written(long events, Checkpoint checkpoint) {
    }

    private TrailExportFile() {
    }

    /**
     * Writes the trail of {@code audit} into the new file {@code out}.
     *
     * @throws FileAlreadyExistsException when {@code out} exists: nothing is written
     */
    public static Written write(AuditService audit, Path out) throws IOException {
        long[] written = {0};
        Checkpoint signed;
        BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        try (writer) {
            signed = audit.export(link -> {
                write(writer, event(link));
                written[0]++;
            });
            write(writer, MAPPER.createObjectNode().put("type", "checkpoint").put("events", signed.events())
                    .put("headHash", signed.headHash()).put("signedAt", signed.signedAt().toString())
                    .put("signature", signed.signature()));
        } catch (RuntimeException | IOException e) {
            // a half-written export is no export: only the file made here is removed
            Files.deleteIfExists(out);
            throw e;
        }
        return new Written(written[0], signed);
    }

    private static ObjectNode event(ChainLink link) {
        ObjectNode event = MAPPER.createObjectNode().put("type", "event").put("seq", link.seq());
        for (int i = 0; i < ChainLink.FIELDS.size(); i++) {
            event.put(ChainLink.FIELDS.get(i), link.fields().get(i));
        }
        return event.put("prevHash", link.previousHash()).put("hash", link.hash());
    }

    private static void write(BufferedWriter writer, ObjectNode line) {
        try {
            writer.write(ONE_LINE.writeValueAsString(line));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
