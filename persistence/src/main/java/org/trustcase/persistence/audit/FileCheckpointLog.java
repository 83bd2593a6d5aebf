package org.trustcase.persistence.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.trustcase.model.audit.Checkpoint;
import org.trustcase.model.audit.CheckpointLog;
import org.trustcase.model.common.Problem;

/**
 * The signed checkpoints of a workspace's audit trail, in the file {@code audit/checkpoints.log} beside the database:
 * one line per checkpoint, {@code <events> <head hash> <signed at> <signature>}, only ever appended. Signed with the
 * workspace's Ed25519 key ({@code audit/checkpoint-key}, readable by its owner only), made on first use; its public
 * half ({@code audit/checkpoint-key.pub}, PEM) can be handed to someone else, who then verifies with it alone.
 */
public final class FileCheckpointLog implements CheckpointLog {
    private static final String ALGORITHM = "Ed25519";
    private static final Pattern LINE = Pattern.compile("(\\d+) ([0-9a-f]{64}) (\\S+) ([A-Za-z0-9+/=]+)");

    private final Path folder;
    private final PublicKey trusted;

    /** The checkpoints of the workspace in {@code workspaceDirectory}, checked with the workspace's own key. */
    public FileCheckpointLog(Path workspaceDirectory) {
        this(workspaceDirectory, null);
    }

    private FileCheckpointLog(Path workspaceDirectory, PublicKey trusted) {
        this.folder = Objects.requireNonNull(workspaceDirectory, "workspaceDirectory").resolve("audit");
        this.trusted = trusted;
    }

    @Override
    public FileCheckpointLog trusting(String publicKeyPem) {
        return new FileCheckpointLog(folder.getParent(), decodePublic(publicKeyPem));
    }

    /** The file the checkpoints are kept in. */
    public Path file() {
        return folder.resolve("checkpoints.log");
    }

    @Override
    public Reading read() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Reading(List.of(), List.of());
        }
        PublicKey key = trusted != null ? trusted : workspaceKey();
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the checkpoints in " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            var parts = LINE.matcher(line);
            Checkpoint checkpoint = null;
            if (parts.matches()) {
                try {
                    checkpoint = new Checkpoint(Long.parseLong(parts.group(1)), parts.group(2),
                            Instant.parse(parts.group(3)), parts.group(4));
                } catch (DateTimeParseException | NumberFormatException e) {
                    checkpoint = null;
                }
            }
            if (checkpoint == null) {
                problems.add(Problem.of("audit.verify.checkpoint-unreadable", file.toString(), Integer.toString(i + 1)));
            } else if (!holds(key, checkpoint)) {
                problems.add(Problem.of("audit.verify.checkpoint-forged", file.toString(), Integer.toString(i + 1),
                        Long.toString(checkpoint.events())));
            } else {
                checkpoints.add(checkpoint);
            }
        }
        return new Reading(checkpoints, problems);
    }

    @Override
    public Checkpoint sign(long events, String headHash, Instant at) {
        Checkpoint unsigned = new Checkpoint(events, headHash, at, "");
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey());
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            Checkpoint signed = new Checkpoint(events, headHash, at,
                    Base64.getEncoder().encodeToString(signer.sign()));
            Files.writeString(file(), events + " " + headHash + " " + at + " " + signed.signature() + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
            return signed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign a checkpoint: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the checkpoint to " + file(), e);
        }
    }

    /** The workspace's public key, PEM, for someone else to verify with (made now if the workspace has none). */
    @Override
    public String publicKey() {
        privateKey();
        try {
            return Files.readString(folder.resolve("checkpoint-key.pub"), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the public key in " + folder, e);
        }
    }

    /** The SHA-256 fingerprint of a public key (PEM), hex: what two people compare over the phone. */
    public static String fingerprint(String publicKeyPem) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(decodePublic(publicKeyPem).getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean holds(PublicKey key, Checkpoint checkpoint) {
        if (key == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The workspace's public key, or {@code null} when it has none (then no checkpoint can hold). */
    private PublicKey workspaceKey() {
        Path file = folder.resolve("checkpoint-key.pub");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return decodePublic(Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the public key " + file, e);
        }
    }

    private synchronized PrivateKey privateKey() {
        Path file = folder.resolve("checkpoint-key");
        try {
            if (!Files.exists(file)) {
                create();
            }
            byte[] encoded = Base64.getMimeDecoder().decode(pemBody(Files.readString(file, StandardCharsets.US_ASCII)));
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the signing key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the signing key " + file + " is not an Ed25519 key: " + e.getMessage(), e);
        }
    }

    private void create() throws IOException, GeneralSecurityException {
        Files.createDirectories(folder);
        KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        Path key = folder.resolve("checkpoint-key");
        Files.createFile(key);
        try {
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the workspace folder's access list, which is the user's own
        }
        Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(folder.resolve("checkpoint-key.pub"), pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] encoded) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encoded)
                + "\n-----END " + type + "-----\n";
    }

    private static String pemBody(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static PublicKey decodePublic(String pem) {
        try {
            byte[] encoded = Base64.getMimeDecoder().decode(pemBody(pem));
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM form: " + e.getMessage(), e);
        }
    }
}
