package org.trustcase.model.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.TextFields;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.RuleCatalog;

/**
 * Playbooks: listed, applied to a case (their tasks added in order, in one transaction and one audit event), and
 * saved — edited, or imported from a file — after checking every step.
 */
public final class PlaybookService {
    public static final int MAX_STEPS = 100;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final CaseRepository cases;
    private final PlaybookRepository playbooks;
    private final TaskRepository tasks;
    private final Supplier<RuleCatalog> catalog;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public PlaybookService(CaseRepository cases, PlaybookRepository playbooks, TaskRepository tasks,
            Supplier<RuleCatalog> catalog, AuditTrail trail, TransactionRunner transactions, AccessControl access,
            Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.playbooks = Objects.requireNonNull(playbooks, "playbooks");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** The workspace's playbooks, by name. */
    public List<Playbook> list() {
        access.require(UseCase.PLAYBOOK_LIST, null);
        return transactions.read(playbooks::all);
    }

    /** Adds the playbook's tasks to the end of the case's list, in its order; returns them. */
    public List<CaseTask> apply(CaseReference reference, String name) {
        access.require(UseCase.PLAYBOOK_APPLY, reference);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            Playbook playbook = playbooks.find(name).orElseThrow(() -> new NotFoundException(
                    "playbook.not-found", name));
            int position = tasks.nextPosition(reference);
            String who = actor.get().name();
            List<CaseTask> added = new ArrayList<>();
            for (Playbook.Step step : playbook.steps()) {
                CaseTask task = new CaseTask(0, reference, position++, step.group(), step.title(),
                        step.description(), null, null, step.clockRule(), TaskStatus.OPEN, null, who, now, null,
                        null);
                added.add(task.withId(tasks.add(task)));
            }
            trail.record(AuditAction.PLAYBOOK_APPLIED, reference, List.of(new FieldChange("playbook", null,
                    playbook.name()), new FieldChange("tasks", null, Integer.toString(added.size()))), null);
            return added;
        });
    }

    /**
     * Saves a playbook (a new one, a changed one, or one imported from a file) after checking it: a name of lower
     * case letters, digits and hyphens; a title; at most {@value #MAX_STEPS} steps, each with a title and, when
     * linked to a clock, a rule that exists. Each refused step is named by its number.
     */
    public Playbook save(Playbook playbook) {
        access.require(UseCase.PLAYBOOK_SAVE, null);
        List<FieldError> errors = new ArrayList<>();
        if (!NAME.matcher(playbook.name()).matches()) {
            errors.add(new FieldError("name", "playbook.name-invalid", playbook.name()));
        }
        line(errors, "title", playbook.title(), true);
        text(errors, "description", playbook.description());
        if (playbook.steps().isEmpty()) {
            errors.add(new FieldError("tasks", "playbook.no-steps"));
        } else if (playbook.steps().size() > MAX_STEPS) {
            errors.add(new FieldError("tasks", "playbook.too-many-steps", playbook.steps().size(), MAX_STEPS));
        }
        List<Playbook.Step> clean = new ArrayList<>();
        for (int i = 0; i < playbook.steps().size(); i++) {
            Playbook.Step step = playbook.steps().get(i);
            String at = "tasks[" + (i + 1) + "]";
            line(errors, at + ".title", step.title(), true);
            line(errors, at + ".group", step.group(), false);
            text(errors, at + ".description", step.description());
            String rule = blankToNull(step.clockRule());
            if (rule != null) {
                try {
                    rule = catalog.get().rule(rule, at + ".clock").id();
                } catch (ValidationException e) {
                    errors.addAll(e.errors());
                }
            }
            clean.add(new Playbook.Step(blankToNull(step.group()), step.title().strip(),
                    blankToNull(step.description()), rule));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Playbook saved = new Playbook(playbook.name(), playbook.title().strip(), blankToNull(playbook.description()),
                clean, null, null).savedBy(actor.get().name(), clock.instant());
        return transactions.inTransaction(() -> {
            boolean existed = playbooks.find(saved.name()).isPresent();
            playbooks.put(saved);
            trail.record(AuditAction.PLAYBOOK_SAVED, null, List.of(new FieldChange("playbook", null, saved.name()),
                    new FieldChange("tasks", null, Integer.toString(saved.steps().size())),
                    new FieldChange("replaced", null, Boolean.toString(existed))), null);
            return saved;
        });
    }

    private static void line(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "validation.required"));
            }
            return;
        }
        TextFields.line(errors, field, value, TaskService.MAX_TITLE);
    }

    private static void text(List<FieldError> errors, String field, String value) {
        TextFields.text(errors, field, value, TaskService.MAX_TEXT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
