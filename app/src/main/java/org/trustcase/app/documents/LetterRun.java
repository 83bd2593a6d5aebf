package org.trustcase.app.documents;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.notifications.LetterBatch;
import org.trustcase.model.notifications.LetterContext;
import org.trustcase.model.notifications.LetterKind;
import org.trustcase.model.notifications.LetterService;
import org.trustcase.model.notifications.LetterTemplate;
import org.trustcase.model.notifications.MergeFields;
import org.trustcase.model.notifications.Recipient;

/**
 * Generates a batch of letters into a folder: the recipients still pending join a new batch, and each gets the
 * template in their language (else the organisation's, else the first) filled with their values, as a PDF of their
 * own or a page run of one merged PDF, a row of the mail-merge CSV, and, when asked, an unsent e-mail. Recipients are
 * read a page at a time and a merged PDF is buffered on disk, so memory stays flat however many there are. Cancelled,
 * it removes what it wrote; the batch stays prepared (nothing is marked sent).
 */
public final class LetterRun {
    public static final String MERGED = "letters.pdf";
    /**
     * Letters per merged PDF: a larger batch is merged into volumes ({@code letters-001.pdf}, …), so that writing one
     * never holds more than this many letters' pages in memory (and a print shop takes files of a manageable size).
     */
    public static final int VOLUME = 1_000;
    public static final String MAIL_MERGE = "mail-merge.csv";
    private static final int PAGE = 1_000;

    private final LetterService letters;
    private final Clock clock;

    public LetterRun(LetterService letters, Clock clock) {
        this.letters = Objects.requireNonNull(letters, "letters");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One merged PDF rather than a file each; e-mail drafts beside the PDFs. */
    public record Options(boolean merged, boolean eml) {
    }

    /** How far the run is: letters written of the batch's count. */
    public interface Progress {
        void written(long letters, long of);
    }

    /** What a run wrote (nothing, when cancelled). */
    public record Result(LetterBatch batch, long letters, long emails, Path folder, boolean cancelled) {
    }

    public Result run(CaseReference reference, String template, Path folder, Options options, Progress progress,
            BooleanSupplier cancelled) throws IOException {
        requireEmpty(folder);
        LetterContext context = letters.context(reference);
        Map<String, LetterTemplate> byLanguage = new HashMap<>();
        for (LetterTemplate t : letters.templates()) {
            if (t.name().equals(template)) {
                byLanguage.put(t.language(), t);
            }
        }
        if (byLanguage.isEmpty()) {
            throw new NotFoundException("letters.template-not-found", template);
        }
        requireArt34Elements(context, byLanguage.values());
        LetterBatch batch = letters.prepare(reference, template);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Writer writer = new Writer(context, byLanguage, folder, options, written, batch.recipients() > VOLUME);
        try {
            if (batch.kind() == LetterKind.PUBLIC) {
                writer.publicNotices();
                return new Result(batch, byLanguage.size(), 0, folder, false);
            }
            long done = 0;
            long afterId = 0;
            while (true) {
                List<Recipient> page = letters.batchRecipients(reference, batch.id(), afterId, PAGE);
                for (Recipient recipient : page) {
                    if (cancelled.getAsBoolean()) {
                        writer.abandon();
                        removeAll(written);
                        return new Result(batch, 0, 0, folder, true);
                    }
                    writer.letter(recipient);
                    done++;
                    if (done % 50 == 0) {
                        progress.written(done, batch.recipients());
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                afterId = page.get(page.size() - 1).id();
            }
            writer.finish();
            progress.written(done, batch.recipients());
            return new Result(batch, done, writer.emails, folder, false);
        } catch (IOException | RuntimeException e) {
            writer.abandon();
            removeAll(written);
            throw e;
        }
    }

    /**
     * The elements a communication to data subjects must give (GDPR Art. 34(2)), which the case supplies: a letter
     * whose template asks for one the case does not have yet is not written, rather than sent with a gap.
     */
    private static final List<String> REQUIRED = List.of("breach.nature", "breach.consequences", "breach.measures",
            "dpo.name", "dpo.email");

    private void requireArt34Elements(LetterContext context, java.util.Collection<LetterTemplate> templates) {
        LetterValues values = new LetterValues(context, DocumentLanguage.of("en", java.time.ZoneOffset.UTC),
                clock.instant());
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (LetterTemplate t : templates) {
            MergeFields.uses(t.subject() + "\n" + t.body()).forEach(use -> used.add(use.name()));
        }
        List<org.trustcase.model.common.FieldError> missing = new ArrayList<>();
        for (String field : REQUIRED) {
            String value = values.ofCase().apply(field);
            if (used.contains(field) && (value == null || value.isBlank())) {
                missing.add(new org.trustcase.model.common.FieldError(field, "letters.value-missing", field));
            }
        }
        if (!missing.isEmpty()) {
            throw new ValidationException(missing);
        }
    }

    /** Writes into a new or empty folder only, so that no earlier letters are overwritten or mixed in. */
    private static void requireEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> inside = Files.list(folder)) {
                if (inside.findAny().isPresent()) {
                    throw new ValidationException("out", "letters.folder-not-empty", folder.toString());
                }
            }
        } else if (Files.exists(folder)) {
            throw new ValidationException("out", "letters.folder-not-folder", folder.toString());
        }
    }

    private static void removeAll(List<Path> written) {
        for (Path path : written) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // left behind: the folder was the caller's choice and they see what remains
            }
        }
    }

    /**
     * Letters of their own written on every core: each PDF embeds its own subset of the fonts, which costs more than
     * laying out the letter, so one thread per core (each with its own fonts) keeps a batch of 10,000 within a minute.
     * At most a few letters wait at a time, so memory stays flat.
     */
    private static final class Pool {
        private final int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private final java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors
                .newFixedThreadPool(threads, runnable -> {
                    Thread thread = new Thread(runnable, "letters");
                    thread.setDaemon(true);
                    return thread;
                });
        private final java.util.concurrent.Semaphore room = new java.util.concurrent.Semaphore(threads * 4);
        private final java.util.concurrent.atomic.AtomicReference<Exception> failure =
                new java.util.concurrent.atomic.AtomicReference<>();

        void submit(Path file, LetterPdf.Letter letter, DocumentLanguage language) throws IOException {
            rethrow();
            try {
                room.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            workers.execute(() -> {
                try {
                    DocumentFonts fonts = DocumentFonts.get();
                    try (PDDocument document = new PDDocument()) {
                        LetterPdf.append(document, fonts, fonts.load(document), letter, language);
                        document.save(file.toFile());
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                } finally {
                    room.release();
                }
            });
        }

        void finish() throws IOException {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS)) {
                    throw new IOException("letters still being written after an hour");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            rethrow();
        }

        void abandon() {
            workers.shutdownNow();
            try {
                workers.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void rethrow() throws IOException {
            Exception e = failure.get();
            if (e instanceof IOException io) {
                throw io;
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
        }
    }

    /** The files of one run, open while it runs. */
    private final class Writer {
        private final LetterContext context;
        private final Map<String, LetterTemplate> templates;
        private final Path folder;
        private final Options options;
        private final List<Path> written;
        private final DocumentFonts fonts = DocumentFonts.get();
        private final Map<String, DocumentLanguage> words = new HashMap<>();
        private final Map<String, LetterValues> values = new HashMap<>();
        private final ZoneId zone;
        private final Instant now = clock.instant();
        private final boolean volumes;
        private final Pool pool = new Pool();
        private PDDocument merged;
        private DocumentFonts.Loaded mergedFaces;
        private Path mergedFile;
        private int inVolume;
        private int volume;
        private CSVPrinter csv;
        long emails;

        Writer(LetterContext context, Map<String, LetterTemplate> templates, Path folder, Options options,
                List<Path> written, boolean volumes) {
            this.volumes = volumes;
            this.context = context;
            this.templates = templates;
            this.folder = folder;
            this.options = options;
            this.written = written;
            this.zone = DocumentLanguage.zoneOf(context.organisation());
        }

        private LetterTemplate templateFor(String language) {
            LetterTemplate t = templates.get(language);
            if (t == null) {
                t = templates.get(context.organisation().language());
            }
            return t != null ? t : templates.values().stream().sorted(java.util.Comparator.comparing(
                    LetterTemplate::language)).findFirst().orElseThrow();
        }

        private DocumentLanguage words(String language) {
            return words.computeIfAbsent(language, l -> DocumentLanguage.of(l, zone));
        }

        private LetterValues values(String language) {
            return values.computeIfAbsent(language, l -> new LetterValues(context, words(l), now));
        }

        void publicNotices() throws IOException {
            for (LetterTemplate t : templates.values()) {
                DocumentLanguage language = words(t.language());
                java.util.function.Function<String, String> fill = values(t.language()).ofCase();
                Path file = folder.resolve(t.name() + "-" + t.language() + ".pdf");
                try (PDDocument document = new PDDocument()) {
                    LetterPdf.append(document, fonts, fonts.load(document), new LetterPdf.Letter(
                            context.organisation().legalName(), context.organisation().address(),
                            language.date(now), "", null, MergeFields.fill(t.subject(), fill),
                            MergeFields.fill(t.body(), fill), context.breachCase().reference().toString()), language);
                    written.add(file);
                    document.save(file.toFile());
                }
            }
        }

        void letter(Recipient recipient) throws IOException {
            LetterTemplate t = templateFor(recipient.language());
            DocumentLanguage language = words(t.language());
            java.util.function.Function<String, String> fill = values(t.language()).of(recipient);
            String subject = MergeFields.fill(t.subject(), fill);
            String body = MergeFields.fill(t.body(), fill);
            LetterPdf.Letter letter = new LetterPdf.Letter(context.organisation().legalName(),
                    context.organisation().address(), language.date(now), recipient.name(), recipient.address(),
                    subject, body, context.breachCase().reference().toString());
            String stem = String.format("letter-%08d", recipient.id());
            if (options.merged()) {
                if (merged == null) {
                    // pages go to a scratch file, not the heap
                    merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
                    mergedFaces = fonts.load(merged);
                    mergedFile = folder.resolve(volumes ? String.format("letters-%03d.pdf", ++volume) : MERGED);
                    written.add(mergedFile);
                }
                LetterPdf.append(merged, fonts, mergedFaces, letter, language);
                if (++inVolume == VOLUME) {
                    closeVolume();
                }
            } else {
                Path file = folder.resolve(stem + ".pdf");
                written.add(file);
                pool.submit(file, letter, language);
            }
            if (options.eml() && recipient.email() != null) {
                Path file = folder.resolve(stem + ".eml");
                written.add(file);
                try (OutputStream out = Files.newOutputStream(file)) {
                    EmlDraft.write(context.organisation().dpoEmail(), recipient.email(), subject, body, now, out);
                }
                emails++;
            }
            csv().printRecord(recipient.id(), recipient.name(), recipient.email(), recipient.address(),
                    t.language(), subject, body);
        }

        private CSVPrinter csv() throws IOException {
            if (csv == null) {
                Path file = folder.resolve(MAIL_MERGE);
                written.add(file);
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                out.write('\uFEFF'); // spreadsheet programs read UTF-8 only with the mark
                csv = CSVFormat.RFC4180.builder().setHeader("id", "name", "email", "address", "language", "subject",
                        "body").build().print(out);
            }
            return csv;
        }

        void finish() throws IOException {
            pool.finish();
            if (csv != null) {
                csv.close();
                csv = null;
            }
            closeVolume();
        }

        private void closeVolume() throws IOException {
            if (merged != null) {
                merged.save(mergedFile.toFile());
                merged.close();
                merged = null;
                inVolume = 0;
            }
        }

        void abandon() {
            pool.abandon();
            try {
                if (csv != null) {
                    csv.close();
                }
                if (merged != null) {
                    merged.close();
                }
            } catch (IOException e) {
                // the files are removed next
            }
        }
    }
}
