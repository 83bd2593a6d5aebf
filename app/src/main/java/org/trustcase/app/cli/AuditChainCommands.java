package org.trustcase.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trustcase.app.export.TrailExportFile;
import org.trustcase.model.audit.AuditVerification;
import org.trustcase.model.audit.Checkpoint;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The commands that prove the audit trail: {@code audit verify}, {@code checkpoint}, {@code public-key}, {@code export}. */
final class AuditChainCommands {
    private AuditChainCommands() {
    }

    @Command(name = "verify", description = "Check the whole audit trail against its hash chain and its signed "
            + "checkpoints. Exit 0: 'OK <events> events, head <hash>'. Exit 3: the first bad event and what is wrong.")
    static final class Verify extends InWorkspaceCommand {
        @Option(names = "--public-key", paramLabel = "FILE", description = "Check the checkpoints' signatures with "
                + "this public key (as 'audit public-key' printed it earlier) instead of the workspace's own.")
        Path publicKey;

        Verify(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() throws IOException {
            String trusted = publicKey == null ? null : Files.readString(publicKey, StandardCharsets.US_ASCII);
            AuditVerification result = fromWorkspace(context -> context.audit().verify(trusted));
            if (result.ok()) {
                session.out().println("OK " + result.events() + " events, head " + result.headHash());
                session.out().flush();
                return Cli.OK;
            }
            String where = result.firstBadSeq() > 0 ? "event " + result.firstBadSeq()
                    : result.aboutCheckpoints() ? "checkpoints" : "records";
            session.out().println("FAILED at " + where + ": " + TerminalText.escape(Cli.texts().render(result.problem())));
            session.out().flush();
            return Cli.VERIFICATION_FAILED;
        }
    }

    @Command(name = "checkpoint", description = "Sign a checkpoint of the audit trail now (its number of events and "
            + "the hash of the last one), kept in a file beside the database.")
    static final class SignCheckpoint extends InWorkspaceCommand {
        SignCheckpoint(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            Checkpoint signed = fromWorkspace(context -> context.audit().checkpoint());
            session.out().println(line(signed));
            session.out().flush();
            return Cli.OK;
        }
    }

    @Command(name = "public-key", description = "Print the public key that checks the checkpoints' signatures (PEM), "
            + "for someone else to verify with ('audit verify --public-key FILE').")
    static final class PublicKey extends InWorkspaceCommand {
        PublicKey(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            String key = fromWorkspace(context -> context.audit().publicKey());
            session.out().print(key);
            session.out().flush();
            return Cli.OK;
        }
    }

    @Command(name = "export", description = "Sign a checkpoint, then write every audit event as stored, with its "
            + "hashes, one JSON object per line, and the checkpoint as the last line.")
    static final class Export extends InWorkspaceCommand {
        @Option(names = "--out", required = true, paramLabel = "FILE.jsonl", description = "The file to write; it "
                + "must not exist.")
        Path out;

        Export(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() throws IOException {
            if (Files.exists(out)) {
                session.err().println("trustcase: " + out + " already exists: choose a new file for the export");
                return Cli.INVALID;
            }
            TrailExportFile.Written written = fromWorkspace(context -> {
                try {
                    return TrailExportFile.write(context.audit(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            session.out().println("Exported " + written.events() + " audit events to " + out + "; "
                    + line(written.checkpoint()));
            session.out().flush();
            return Cli.OK;
        }
    }

    static String line(Checkpoint checkpoint) {
        return "checkpoint: " + checkpoint.events() + " events, head " + checkpoint.headHash() + ", signed "
                + checkpoint.signedAt();
    }
}
