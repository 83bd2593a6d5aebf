package org.trustcase.model.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.trustcase.model.access.AccessControl;
import org.trustcase.model.access.UseCase;
import org.trustcase.model.audit.AuditAction;
import org.trustcase.model.audit.AuditTrail;
import org.trustcase.model.audit.FieldChange;
import org.trustcase.model.caseclocks.ClockSettlement;
import org.trustcase.model.cases.BreachCase;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.cases.CaseRepository;
import org.trustcase.model.casework.SettledCases;
import org.trustcase.model.common.Actor;
import org.trustcase.model.common.FieldError;
import org.trustcase.model.common.NotFoundException;
import org.trustcase.model.common.RuleViolationException;
import org.trustcase.model.common.TransactionRunner;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.deadlines.DeadlineClock;
import org.trustcase.model.deadlines.RuleCatalog;
import org.trustcase.model.users.UserDirectory;

/**
 * The tasks of a case's investigation: added one by one (or by a playbook), listed in order with their due times —
 * a task linked to a legal clock takes the clock's due time, so "notify the authority" is due when the law says —
 * and moved through open, in progress, done, or not needed with a reason. Every change is audited in its transaction.
 */
public final class TaskService {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 8_000;

    private final CaseRepository cases;
    private final TaskRepository tasks;
    private final UserDirectory users;
    private final ClockSettlement clocks;
    private final Supplier<RuleCatalog> catalog;
    private final AuditTrail trail;
    private final TransactionRunner transactions;
    private final AccessControl access;
    private final Clock clock;
    private final Supplier<Actor> actor;

    public TaskService(CaseRepository cases, TaskRepository tasks, UserDirectory users, ClockSettlement clocks,
            Supplier<RuleCatalog> catalog, AuditTrail trail, TransactionRunner transactions, AccessControl access,
            Clock clock, Supplier<Actor> actor) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.users = Objects.requireNonNull(users, "users");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actor = Objects.requireNonNull(actor, "actor");
    }

    /** What a new task says: its group (may be null), title, description, assignee, own due time, clock rule. */
    public record NewTask(String group, String title, String description, String assignee, Instant dueAt,
            String clockRule) {
    }

    /**
     * Adds a task at the end of the case's list. The title is required; an assignee is an active account; a clock
     * rule is one of the rules (its clock need not run yet: the task is due when it does).
     */
    public CaseTask add(CaseReference reference, NewTask task) {
        access.require(UseCase.TASK_ADD, reference);
        Instant now = clock.instant();
        NewTask clean = check(task);
        return transactions.inTransaction(() -> {
            SettledCases.requireOpen(cases.require(reference));
            if (clean.assignee() != null) {
                boolean active = users.find(clean.assignee()).map(stored -> stored.account().active()).orElse(false);
                if (!active) {
                    throw new ValidationException("assignee", "task.assignee-unknown", clean.assignee());
                }
            }
            CaseTask stored = new CaseTask(0, reference, tasks.nextPosition(reference), clean.group(), clean.title(),
                    clean.description(), clean.assignee(), clean.dueAt(), clean.clockRule(), TaskStatus.OPEN, null,
                    actor.get().name(), now, null, null);
            stored = stored.withId(tasks.add(stored));
            List<FieldChange> fields = new ArrayList<>();
            fields.add(new FieldChange("task", null, Long.toString(stored.id())));
            fields.add(new FieldChange("title", null, stored.title()));
            if (stored.assignee() != null) {
                fields.add(new FieldChange("assignee", null, stored.assignee()));
            }
            if (stored.dueAt() != null) {
                fields.add(new FieldChange("dueAt", null, stored.dueAt().toString()));
            }
            if (stored.clockRule() != null) {
                fields.add(new FieldChange("clock", null, stored.clockRule()));
            }
            trail.record(AuditAction.TASK_ADDED, reference, fields, null);
            return stored;
        });
    }

    private NewTask check(NewTask task) {
        List<FieldError> errors = new ArrayList<>();
        String title = blankToNull(task.title());
        if (title == null) {
            errors.add(new FieldError("title", "validation.required"));
        } else {
            org.trustcase.model.common.TextFields.line(errors, "title", title, MAX_TITLE);
        }
        String group = blankToNull(task.group());
        org.trustcase.model.common.TextFields.line(errors, "group", group, MAX_TITLE);
        String description = blankToNull(task.description());
        org.trustcase.model.common.TextFields.text(errors, "description", description, MAX_TEXT);
        String rule = blankToNull(task.clockRule());
        if (rule != null) {
            try {
                rule = catalog.get().rule(rule, "clock").id();
            } catch (ValidationException e) {
                errors.addAll(e.errors());
                rule = null;
            }
        }
        if (rule != null && task.dueAt() != null) {
            errors.add(new FieldError("dueAt", "task.due-and-clock", rule));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new NewTask(group, title, description, blankToNull(task.assignee()),
                task.dueAt() == null ? null : task.dueAt().truncatedTo(ChronoUnit.SECONDS), rule);
    }

    /** The case's tasks in order, each with its due time (its clock's, when linked) and its clock's status. */
    public List<TaskRow> list(CaseReference reference) {
        access.require(UseCase.TASK_LIST, reference);
        Instant now = clock.instant();
        return transactions.read(() -> {
            BreachCase c = cases.require(reference);
            List<CaseTask> all = tasks.list(reference);
            Map<String, DeadlineClock> byRule = all.stream().anyMatch(t -> t.clockRule() != null)
                    ? clocks.clocks(c, now).stream().collect(Collectors.toMap(k -> k.rule().id(), Function.identity(),
                            (a, b) -> a))
                    : Map.of();
            return all.stream().map(t -> {
                DeadlineClock linked = t.clockRule() == null ? null : byRule.get(t.clockRule());
                Instant due = t.clockRule() == null ? t.dueAt() : linked == null ? null : linked.dueAt();
                return new TaskRow(t, due, linked == null ? null : linked.status());
            }).toList();
        });
    }

    /**
     * Moves the task to {@code status}: done, back to open or in progress, or not needed — which requires the
     * reason, kept with the task and in the audit trail.
     */
    public CaseTask setStatus(long taskId, TaskStatus status, String reason) {
        Objects.requireNonNull(status, "status");
        // asked by the task's number: the role decides here, the task's case is read in the use case
        access.require(UseCase.TASK_STATUS, null);
        String why = blankToNull(reason);
        if (status == TaskStatus.NOT_NEEDED && why == null) {
            throw new ValidationException("reason", "task.reason-required");
        }
        if (why != null && why.length() > MAX_TEXT) {
            throw new ValidationException("reason", "validation.too-long", why.length(), MAX_TEXT);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            CaseTask task = tasks.find(taskId).orElseThrow(() -> new NotFoundException("task.not-found",
                    Long.toString(taskId)));
            CaseReference reference = task.caseReference();
            SettledCases.requireOpen(cases.require(reference));
            if (task.status() == status) {
                throw new RuleViolationException("task.status-unchanged", Long.toString(taskId), status.code());
            }
            CaseTask changed = task.withStatus(status, why, actor.get().name(), now);
            tasks.update(changed);
            trail.record(AuditAction.TASK_STATUS_CHANGED, reference, List.of(
                    new FieldChange("task", null, Long.toString(taskId)),
                    new FieldChange("status", task.status().code(), status.code())), changed.reason());
            return changed;
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
