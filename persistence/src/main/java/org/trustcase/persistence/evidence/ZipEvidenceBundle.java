package org.trustcase.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.evidence.EvidenceBundle;
import org.trustcase.model.common.Sha256;

/**
 * An evidence bundle as a ZIP file: {@value BundleManifest#ENTRY} and each item's file as {@code items/<sha256>}.
 * Written beside its destination under a temporary name and moved into place when whole; read through
 * {@link SafeZip}, with the manifest checked against the entries before any file is taken.
 */
public final class ZipEvidenceBundle {
    /** The manifest is small text; a larger one is not a manifest. */
    static final long MAX_MANIFEST = 64L << 20;
    private static final Pattern ITEM_ENTRY = Pattern.compile("items/[0-9a-f]{64}");

    private ZipEvidenceBundle() {
    }

    /**
     * Begins a bundle that will be {@code out}.
     *
     * @throws ValidationException when {@code out} exists already or its folder does not
     */
    public static EvidenceBundle.Writer create(Path out) {
        Path target = out.toAbsolutePath();
        if (Files.exists(target)) {
            throw new ValidationException("--out", "bundle.exists", target.toString());
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new ValidationException("--out", "cli.no-such-folder", target.getParent().toString());
        }
        return new Writer(target);
    }

    /**
     * Opens a bundle, checking its structure and manifest.
     *
     * @throws ValidationException saying what is wrong and where (entry, manifest field)
     */
    public static EvidenceBundle.Reader open(Path bundle) {
        if (!Files.isRegularFile(bundle)) {
            throw new ValidationException("bundle", "cli.no-such-file", bundle.toString());
        }
        String name = bundle.getFileName().toString();
        String sha256 = hashOf(bundle);
        SafeZip zip = SafeZip.open(bundle, "bundle",
                entry -> entry.equals(BundleManifest.ENTRY) || entry.equals("items/") || ITEM_ENTRY.matcher(entry)
                        .matches());
        try {
            if (!zip.has(BundleManifest.ENTRY)) {
                throw new ValidationException("bundle", "bundle.no-manifest", name, BundleManifest.ENTRY);
            }
            byte[] json;
            try (InputStream in = zip.open(BundleManifest.ENTRY, MAX_MANIFEST, "bundle")) {
                json = in.readAllBytes();
            }
            BundleManifest.Read manifest = BundleManifest.read(json, name);
            Set<String> named = new HashSet<>();
            for (EvidenceBundle.Entry entry : manifest.entries()) {
                if (!entry.hasFile()) {
                    continue;
                }
                String file = BundleManifest.fileEntry(entry.item().sha256());
                if (!zip.has(file)) {
                    throw new ValidationException("bundle", "bundle.file-missing", name, file);
                }
                if (zip.size(file) != entry.item().size()) {
                    throw new ValidationException("bundle", "bundle.size-mismatch", name, file, zip.size(file),
                            entry.item().size());
                }
                named.add(file);
            }
            for (String entry : zip.names()) {
                if (!entry.equals(BundleManifest.ENTRY) && !named.contains(entry)) {
                    throw new ValidationException("bundle", "bundle.unnamed-file", name, entry);
                }
            }
            return new Reader(zip, new EvidenceBundle.Written(name, sha256), manifest);
        } catch (IOException e) {
            zip.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static String hashOf(Path file) {
        MessageDigest sha = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Sha256.hex(sha);
    }


    private static final class Writer implements EvidenceBundle.Writer {
        private final Path target;
        private final Path partial;
        private final MessageDigest sha = Sha256.digest();
        private final ZipOutputStream zip;
        private final List<EvidenceBundle.Entry> entries = new ArrayList<>();
        private final Set<String> files = new HashSet<>();
        private boolean finished;

        Writer(Path target) {
            this.target = target;
            this.partial = target.resolveSibling(target.getFileName() + ".partial");
            try {
                zip = new ZipOutputStream(new DigestOutputStream(Files.newOutputStream(partial,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                        sha));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // evidence is often compressed already (images, PDFs, archives): little to gain, much time to lose
            zip.setLevel(Deflater.BEST_SPEED);
        }

        @Override
        public void add(EvidenceBundle.Entry entry, InputStream content) {
            entries.add(entry);
            if (content == null) {
                return;
            }
            String name = BundleManifest.fileEntry(entry.item().sha256());
            try {
                if (files.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    content.transferTo(zip);
                    zip.closeEntry();
                } else {
                    content.transferTo(OutputStream.nullOutputStream());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public EvidenceBundle.Written finish(EvidenceBundle.Header header) {
            try {
                zip.putNextEntry(new ZipEntry(BundleManifest.ENTRY));
                zip.write(BundleManifest.write(header, entries));
                zip.closeEntry();
                zip.close();
                try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = true;
            return new EvidenceBundle.Written(target.getFileName().toString(), Sha256.hex(sha));
        }

        @Override
        public void close() {
            if (finished) {
                return;
            }
            try {
                zip.close();
            } catch (IOException ignored) {
                // discarded below
            }
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Reader implements EvidenceBundle.Reader {
        private final SafeZip zip;
        private final EvidenceBundle.Written identity;
        private final BundleManifest.Read manifest;

        Reader(SafeZip zip, EvidenceBundle.Written identity, BundleManifest.Read manifest) {
            this.zip = zip;
            this.identity = identity;
            this.manifest = manifest;
        }

        @Override
        public EvidenceBundle.Header header() {
            return manifest.header();
        }

        @Override
        public EvidenceBundle.Written identity() {
            return identity;
        }

        @Override
        public List<EvidenceBundle.Entry> entries() {
            return manifest.entries();
        }

        @Override
        public InputStream open(EvidenceBundle.Entry entry) {
            return zip.open(BundleManifest.fileEntry(entry.item().sha256()), entry.item().size(), "bundle");
        }

        @Override
        public void close() {
            zip.close();
        }
    }
}
