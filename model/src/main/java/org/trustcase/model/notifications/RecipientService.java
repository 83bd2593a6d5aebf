package org.trustcase.model.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.Jurisdiction;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.PlainText;
import org.trustcase.model.common.Problem;
import org.trustcase.model.common.TransactionRunner;

/**
 * The recipient register of a case: the data subjects to be told, imported from a file row by row (every row
 * validated; a file with refused rows imports nothing unless the valid rows are asked for), and where each one's
 * communication stands. An import and a status update are each one transaction and one audit event.
 */
public final class RecipientService {
    /** The columns a recipient file knows; any other column is kept as a merge field. */
    public static final String NAME = "name";
    public static final String EMAIL = "email";
    public static final String ADDRESS = "address";
    public static final String LANGUAGE = "language";
    /** The key a reader gives the cells of a row beyond its header's columns (their count as the value). */
    public static final String EXTRA = "(extra)";
    /** The languages letters are written in; a row without one gets the first. */
    public static final List<String> LANGUAGES = org.trustcase.model.common.LetterLanguages.ALL;
    public static final int MAX_NAME = 200;
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_COLUMNS = 50;
    /** At most this many refused rows are listed (all are counted). */
    public static final int MAX_LISTED = 1_000;
    private static final int BATCH = 1_000;

    private final CaseRepository cases;
    private final RecipientRepository recipients;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;

    public RecipientService(CaseRepository cases, RecipientRepository recipients, AuditTrail trail,
            TransactionRunner transactions, AccessControl access, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.recipients = Objects.requireNonNull(recipients, "recipients");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A file of rows, as read by the interface: its name and hash (recorded), its header, and its rows. */
    public record RowFile(String name, String sha256, List<String> header, Iterable<RecipientRow> rows) {
        public RowFile {
            header = List.copyOf(header);
        }
    }

    /**
     * What an import did: how many recipients were stored and how many were already in the register (or twice in
     * the file), and the refused rows (the first {@value #MAX_LISTED}; {@code rejectedTotal} counts them all).
     */
    public record Imported(int imported, int duplicates, List<RowProblem> rejected, int rejectedTotal) {
        public Imported {
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Imports the file's recipients into the case's register. Every row is checked: a name; an e-mail address of the
     * usual form or a postal address; a known language when one is given; plain text within its length. A refused
     * header (no {@code name} column, neither {@code email} nor {@code address}, a column named twice) imports
     * nothing. Refused rows import nothing either (the file is read twice: checked whole, then stored), unless
     * {@code validOnly}: then the valid rows are imported, in one reading. Rows
     * whose e-mail address the register holds already are counted as duplicates and skipped.
     */
    public Imported importRecipients(CaseReference reference, RowFile file, boolean validOnly) {
        access.require(UseCase.RECIPIENT_IMPORT, reference);
        transactions.read(() -> SettledCases.requireOpen(cases.require(reference)));
        List<RowProblem> headerProblems = checkHeader(file.header());
        if (!headerProblems.isEmpty()) {
            return new Imported(0, 0, headerProblems, headerProblems.size());
        }
        if (!validOnly) {
            // the whole file or nothing: every row is checked before the first is stored
            Counts checked = new Counts();
            for (RecipientRow row : file.rows()) {
                check(reference, row, checked);
            }
            if (checked.rejectedTotal > 0) {
                return new Imported(0, 0, checked.rejected, checked.rejectedTotal);
            }
        }
        Counts counts = new Counts();
        transactions.inTransaction(() -> {
            List<Recipient> batch = new ArrayList<>(BATCH);
            for (RecipientRow row : file.rows()) {
                Recipient recipient = check(reference, row, counts);
                if (recipient != null) {
                    batch.add(recipient);
                    if (batch.size() == BATCH) {
                        store(batch, counts);
                    }
                }
            }
            store(batch, counts);
            trail.record(AuditAction.RECIPIENTS_IMPORTED, reference, List.of(
                    new FieldChange("file", null, file.name()), new FieldChange("sha256", null, file.sha256()),
                    new FieldChange("imported", null, Integer.toString(counts.imported)),
                    new FieldChange("duplicates", null, Integer.toString(counts.duplicates)),
                    new FieldChange("rejected", null, Integer.toString(counts.rejectedTotal))), null);
            return null;
        });
        return new Imported(counts.imported, counts.duplicates, counts.rejected, counts.rejectedTotal);
    }

    private final class Counts {
        int imported;
        int duplicates;
        int rejectedTotal;
        final List<RowProblem> rejected = new ArrayList<>();

        void reject(RowProblem problem) {
            rejectedTotal++;
            if (rejected.size() < MAX_LISTED) {
                rejected.add(problem);
            }
        }
    }

    private void store(List<Recipient> batch, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        int stored = recipients.insert(batch);
        counts.imported += stored;
        counts.duplicates += batch.size() - stored;
        batch.clear();
    }

    private static List<RowProblem> checkHeader(List<String> header) {
        List<RowProblem> problems = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String column : header) {
            String name = column(column);
            if (name.isEmpty()) {
                problems.add(new RowProblem(1, column, new Problem("recipients.column-blank", List.of())));
            } else if (!seen.add(name)) {
                problems.add(new RowProblem(1, column, new Problem("recipients.column-twice", List.of(column))));
            }
        }
        if (header.size() > MAX_COLUMNS) {
            problems.add(new RowProblem(1, null, new Problem("recipients.too-many-columns",
                    List.of(header.size(), MAX_COLUMNS))));
        }
        if (!seen.contains(NAME)) {
            problems.add(new RowProblem(1, NAME, new Problem("recipients.column-missing", List.of(NAME))));
        }
        if (!seen.contains(EMAIL) && !seen.contains(ADDRESS)) {
            problems.add(new RowProblem(1, EMAIL, new Problem("recipients.contact-column-missing",
                    List.of(EMAIL, ADDRESS))));
        }
        return problems;
    }

    /** A header's column as the register knows it: trimmed, in lower case ({@code Postal address} stays custom). */
    public static String column(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }

    /** The row as a recipient, or null (its problems added to {@code counts}). */
    private Recipient check(CaseReference reference, RecipientRow row, Counts counts) {
        Map<String, String> fields = new LinkedHashMap<>();
        String name = "";
        String email = null;
        String address = null;
        String language = null;
        int before = counts.rejectedTotal;
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            String column = column(cell.getKey());
            // a quoted cell written on Windows breaks its lines with CR LF: kept as one line break
            String value = cell.getValue() == null ? "" : cell.getValue().strip().replace("\r\n", "\n")
                    .replace('\r', '\n');
            if (column.equals(EXTRA)) {
                counts.reject(new RowProblem(row.line(), null, new Problem("recipients.extra-cells",
                        List.of(value))));
                continue;
            }
            switch (column) {
                case NAME -> name = value;
                case EMAIL -> email = value.isEmpty() ? null : value;
                case ADDRESS -> address = value.isEmpty() ? null : value;
                case LANGUAGE -> language = value.isEmpty() ? null : value.toLowerCase(Locale.ROOT);
                default -> {
                    if (value.length() > MAX_TEXT) {
                        counts.reject(new RowProblem(row.line(), cell.getKey(), new Problem("validation.too-long",
                                List.of(value.length(), MAX_TEXT))));
                    } else {
                        unsafe(row.line(), cell.getKey(), value, true, counts);
                    }
                    fields.put(cell.getKey().strip(), value);
                }
            }
        }
        if (name.isEmpty()) {
            counts.reject(new RowProblem(row.line(), NAME, new Problem("validation.required", List.of())));
        } else if (name.length() > MAX_NAME) {
            counts.reject(new RowProblem(row.line(), NAME, new Problem("validation.too-long",
                    List.of(name.length(), MAX_NAME))));
        } else {
            unsafe(row.line(), NAME, name, false, counts);
        }
        if (email != null && !org.trustcase.model.common.EmailAddress.isWellFormed(email)) {
            counts.reject(new RowProblem(row.line(), EMAIL, new Problem("recipients.email-invalid", List.of(email))));
        }
        if (address != null) {
            if (address.length() > MAX_TEXT) {
                counts.reject(new RowProblem(row.line(), ADDRESS, new Problem("validation.too-long",
                        List.of(address.length(), MAX_TEXT))));
            } else {
                unsafe(row.line(), ADDRESS, address, true, counts);
            }
        }
        if (email == null && address == null) {
            counts.reject(new RowProblem(row.line(), null, new Problem("recipients.no-contact",
                    List.of(EMAIL, ADDRESS))));
        }
        if (language != null && !LANGUAGES.contains(language)) {
            counts.reject(new RowProblem(row.line(), LANGUAGE, new Problem("recipients.language-unknown",
                    List.of(language, String.join(", ", LANGUAGES)))));
        }
        if (counts.rejectedTotal > before) {
            return null;
        }
        return new Recipient(0, reference, row.line(), name, email, address,
                language == null ? LANGUAGES.get(0) : language, fields, RecipientStatus.PENDING, null, null);
    }

    private static void unsafe(long line, String column, String value, boolean text, Counts counts) {
        (text ? PlainText.forbiddenInText(value) : PlainText.forbiddenInLine(value)).ifPresent(c ->
                counts.reject(new RowProblem(line, column, new Problem("validation.forbidden-character",
                        List.of(PlainText.name(c))))));
    }

    /** The case's recipients in import order, from after {@code afterId}, at most {@code limit}; a status narrows. */
    public List<Recipient> list(CaseReference reference, RecipientStatus status, long afterId, int limit) {
        access.require(UseCase.RECIPIENT_LIST, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return recipients.page(reference, status, afterId, Math.max(1, Math.min(limit, 10_000)));
        });
    }

    /** How many of the case's recipients are in each status. */
    public Map<RecipientStatus, Long> counts(CaseReference reference) {
        access.require(UseCase.RECIPIENT_COUNTS, reference);
        return transactions.read(() -> {
            cases.require(reference);
            return recipients.counts(reference);
        });
    }

    /**
     * Where the case's recipients live, by the jurisdiction their register gives: a {@code jurisdiction} column with an
     * ISO 3166 code ({@code US-CA}, {@code PL}), or {@code country} and {@code state} columns ({@code US} and
     * {@code CA}); places written otherwise are left out.
     */
    public Map<Jurisdiction, Long> residences(CaseReference reference) {
        access.require(UseCase.RECIPIENT_RESIDENCES, reference);
        return transactions.read(() -> {
            cases.require(reference);
            Map<Jurisdiction, Long> counted = new java.util.TreeMap<>();
            for (ResidenceCount place : recipients.residences(reference)) {
                residence(place).ifPresent(j -> counted.merge(j, place.recipients(), Long::sum));
            }
            return counted;
        });
    }

    /** The jurisdiction a recipient's columns name, if they name one Trustcase knows. */
    static java.util.Optional<Jurisdiction> residence(ResidenceCount place) {
        java.util.function.Function<String, java.util.Optional<Jurisdiction>> known = text -> {
            String code = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
            return Jurisdiction.isKnown(code) ? java.util.Optional.of(new Jurisdiction(code))
                    : java.util.Optional.empty();
        };
        if (place.jurisdiction() != null && !place.jurisdiction().isBlank()) {
            return known.apply(place.jurisdiction());
        }
        if (place.country() == null || place.country().isBlank()) {
            return java.util.Optional.empty();
        }
        if (place.state() != null && !place.state().isBlank()) {
            java.util.Optional<Jurisdiction> state = known.apply(place.country().strip() + "-" + place.state().strip());
            if (state.isPresent()) {
                return state;
            }
        }
        return known.apply(place.country());
    }

    /** What a status update did: how many recipients changed, and the refused rows. */
    public record Updated(int updated, List<RowProblem> rejected, int rejectedTotal) {
        public Updated {
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Sets the status of the recipients a status file names (column {@code id} or {@code email}; {@code status};
     * {@code at}, an ISO instant not in the future; {@code channel}, optional). All rows or none: a refused row
     * (an unknown recipient or status, a time that is not one) changes nothing.
     */
    public Updated updateStatuses(CaseReference reference, RowFile file) {
        access.require(UseCase.RECIPIENT_STATUS, reference);
        transactions.read(() -> SettledCases.requireOpen(cases.require(reference)));
        Set<String> header = new java.util.HashSet<>(file.header().stream().map(RecipientService::column).toList());
        List<RowProblem> headerProblems = new ArrayList<>();
        if (!header.contains("id") && !header.contains(EMAIL)) {
            headerProblems.add(new RowProblem(1, "id", new Problem("recipients.contact-column-missing",
                    List.of("id", EMAIL))));
        }
        for (String needed : List.of("status", "at")) {
            if (!header.contains(needed)) {
                headerProblems.add(new RowProblem(1, needed, new Problem("recipients.column-missing",
                        List.of(needed))));
            }
        }
        if (!headerProblems.isEmpty()) {
            return new Updated(0, headerProblems, headerProblems.size());
        }
        Instant now = clock.instant();
        // all rows or none: every row is checked (its recipient found) before the first is changed
        Counts counts = new Counts();
        List<StatusChange> changes = new ArrayList<>();
        transactions.read(() -> {
            for (RecipientRow row : file.rows()) {
                StatusChange change = checkStatus(reference, row, now, counts);
                if (change != null && changes.size() < MAX_STATUS_ROWS) {
                    changes.add(change);
                }
            }
            return null;
        });
        if (counts.rejectedTotal > 0) {
            return new Updated(0, counts.rejected, counts.rejectedTotal);
        }
        transactions.inTransaction(() -> {
            for (StatusChange change : changes) {
                recipients.setStatus(reference, change.id(), change.email(), change.status(), change.at(),
                        change.channel());
            }
            trail.record(AuditAction.RECIPIENT_STATUSES_UPDATED, reference, List.of(
                    new FieldChange("file", null, file.name()), new FieldChange("sha256", null, file.sha256()),
                    new FieldChange("updated", null, Integer.toString(changes.size()))), null);
            return null;
        });
        return new Updated(changes.size(), List.of(), 0);
    }

    /** At most this many recipients in one change of status by selection. */
    public static final int MAX_SELECTED = 100_000;

    /**
     * Sets the status of the recipients chosen by id (one, or a selection of the register): all or none — an id the
     * case's register does not hold changes nothing. Pending is not a status one sets back.
     */
    public int setStatus(CaseReference reference, List<Long> ids, RecipientStatus status, Instant at, String channel) {
        access.require(UseCase.RECIPIENT_STATUS_SET, reference);
        Instant now = clock.instant();
        List<org.trustcase.model.common.FieldError> errors = new ArrayList<>();
        if (ids.isEmpty()) {
            errors.add(new org.trustcase.model.common.FieldError("ids", "validation.required"));
        } else if (ids.size() > MAX_SELECTED) {
            errors.add(new org.trustcase.model.common.FieldError("ids", "recipients.too-many-selected", ids.size(),
                    MAX_SELECTED));
        }
        if (status == null || status == RecipientStatus.PENDING) {
            errors.add(new org.trustcase.model.common.FieldError("status", "recipients.status-unknown",
                    status == null ? "" : status.code()));
        }
        if (at == null) {
            errors.add(new org.trustcase.model.common.FieldError("at", "validation.required"));
        } else if (at.isAfter(now)) {
            errors.add(new org.trustcase.model.common.FieldError("at", "recipients.at-future", at));
        }
        String cleanChannel = channel == null || channel.isBlank() ? null : channel.strip();
        if (cleanChannel != null && (cleanChannel.length() > MAX_NAME
                || PlainText.forbiddenInLine(cleanChannel).isPresent())) {
            errors.add(new org.trustcase.model.common.FieldError("channel", "recipients.channel-invalid", MAX_NAME));
        }
        if (!errors.isEmpty()) {
            throw new org.trustcase.model.common.ValidationException(errors);
        }
        List<Long> distinct = ids.stream().distinct().toList();
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            for (long id : distinct) {
                if (!recipients.exists(reference, id, "")) {
                    throw new org.trustcase.model.common.NotFoundException("recipients.not-found", Long.toString(id));
                }
            }
            int changed = recipients.setStatuses(reference, distinct, status,
                    at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), cleanChannel);
            trail.record(AuditAction.RECIPIENT_STATUSES_UPDATED, reference, List.of(
                    new FieldChange("status", null, status.code()), new FieldChange("updated", null,
                            Integer.toString(changed))), null);
            return changed;
        });
    }

    /** At most this many rows in one status file (a register's size). */
    public static final int MAX_STATUS_ROWS = 1_000_000;

    private record StatusChange(long id, String email, RecipientStatus status, Instant at, String channel) {
    }

    /** The row as a change of status, or null (its problems added to {@code counts}). */
    private StatusChange checkStatus(CaseReference reference, RecipientRow row, Instant now, Counts counts) {
        Map<String, String> cells = new java.util.HashMap<>();
        row.cells().forEach((key, value) -> cells.put(column(key), value == null ? "" : value.strip()));
        int before = counts.rejectedTotal;
        long id = 0;
        String idText = cells.getOrDefault("id", "");
        if (!idText.isEmpty()) {
            try {
                id = Long.parseLong(idText);
            } catch (NumberFormatException e) {
                counts.reject(new RowProblem(row.line(), "id", new Problem("recipients.id-invalid", List.of(idText))));
            }
        }
        String email = cells.getOrDefault(EMAIL, "");
        String statusText = cells.getOrDefault("status", "");
        RecipientStatus status = Coded.find(RecipientStatus.class, statusText.toLowerCase(Locale.ROOT)).orElse(null);
        if (status == null) {
            counts.reject(new RowProblem(row.line(), "status", new Problem("recipients.status-unknown",
                    List.of(statusText))));
        }
        Instant at = null;
        String atText = cells.getOrDefault("at", "");
        try {
            at = Instant.parse(atText);
            if (at.isAfter(now)) {
                counts.reject(new RowProblem(row.line(), "at", new Problem("recipients.at-future", List.of(at))));
            }
        } catch (DateTimeParseException e) {
            counts.reject(new RowProblem(row.line(), "at", new Problem("recipients.at-invalid", List.of(atText))));
        }
        String channel = cells.getOrDefault("channel", "");
        if (channel.length() > MAX_NAME || PlainText.forbiddenInLine(channel).isPresent()) {
            counts.reject(new RowProblem(row.line(), "channel", new Problem("recipients.channel-invalid",
                    List.of(MAX_NAME))));
        }
        if (counts.rejectedTotal == before && !recipients.exists(reference, id, email)) {
            counts.reject(new RowProblem(row.line(), id != 0 ? "id" : EMAIL, new Problem("recipients.not-found",
                    List.of(id != 0 ? idText : email))));
        }
        return counts.rejectedTotal == before ? new StatusChange(id, email, status, at,
                channel.isEmpty() ? null : channel) : null;
    }
}
