package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.cases.CaseReference;
import org.trustcase.model.common.Coded;
import org.trustcase.model.common.ValidationException;
import org.trustcase.model.tasks.CaseTask;
import org.trustcase.model.tasks.TaskRow;
import org.trustcase.model.tasks.TaskService;
import org.trustcase.model.tasks.TaskStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase task add|list|done|status}: the tasks of a case's investigation. */
@Command(name = "task", description = "Add, list and complete the tasks of a case's investigation.",
        subcommands = {TaskCommand.Add.class, TaskCommand.ListTasks.class, TaskCommand.Done.class,
                TaskCommand.Status.class})
final class TaskCommand {
    private TaskCommand() {
    }

    static ObjectNode json(TaskRow row) {
        CaseTask t = row.task();
        return Json.object().put("id", t.id()).put("position", t.position()).put("group", t.group())
                .put("title", t.title()).put("description", t.description()).put("assignee", t.assignee())
                .put("dueAt", row.dueAt() == null ? null : Json.instant(row.dueAt()))
                .put("clock", t.clockRule())
                .put("clockStatus", row.clockStatus() == null ? null : row.clockStatus().code())
                .put("status", t.status().code()).put("reason", t.reason()).put("createdBy", t.createdBy())
                .put("createdAt", Json.instant(t.createdAt())).put("closedBy", t.closedBy())
                .put("closedAt", t.closedAt() == null ? null : Json.instant(t.closedAt()));
    }

    @Command(name = "add", description = "Add a task at the end of the case's list. With --clock, the task is due"
            + " when that legal clock is (e.g. --clock GDPR-SA for notifying the authority).")
    static final class Add extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--title", required = true, paramLabel = "T", description = "What to do.")
        String title;

        @Option(names = "--due", paramLabel = "ISO_INSTANT", converter = Converters.InstantConverter.class,
                description = "By when (not with --clock).")
        Instant due;

        @Option(names = "--assignee", paramLabel = "USER", description = "The login of who does it.")
        String assignee;

        @Option(names = "--clock", paramLabel = "RULE", description = "The deadline rule whose clock sets the due time.")
        String clock;

        @Option(names = "--group", paramLabel = "T", description = "The group (containment, assessment…).")
        String group;

        @Option(names = "--description", paramLabel = "T", description = "Details.")
        String description;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        Add(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            CaseTask task = fromWorkspace(context -> context.tasks().add(ref, new TaskService.NewTask(group, title,
                    description, assignee, due, clock)));
            if (format == OutputFormat.json) {
                session.out().println(Json.print(Json.object().put("id", task.id())));
            } else {
                session.out().println(task.id());
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "The case's tasks in order, each with its due time (its clock's, when"
            + " linked to one) and status.")
    static final class ListTasks extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "REF", description = "The case reference.")
        String reference;

        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListTasks(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseReference ref = CaseReference.parse(reference);
            List<TaskRow> rows = fromWorkspace(context -> context.tasks().list(ref));
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                rows.forEach(row -> array.add(json(row)));
                session.out().println(Json.print(array));
            } else {
                for (TaskRow row : rows) {
                    CaseTask t = row.task();
                    session.out().println(t.id() + "\t" + t.status().code() + "\t"
                            + (row.dueAt() == null ? "-" : Json.instant(row.dueAt()))
                            + (t.clockRule() == null ? "" : " (" + t.clockRule() + ")") + "\t"
                            + TerminalText.escape(t.title())
                            + (t.assignee() == null ? "" : "\t" + TerminalText.escape(t.assignee())));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "done", description = "Mark a task done.")
    static final class Done extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task's number.")
        long id;

        Done(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            CaseTask task = fromWorkspace(context -> context.tasks().setStatus(id, TaskStatus.DONE, null));
            session.out().println("Task " + task.id() + " of " + task.caseReference() + " done");
            return Cli.OK;
        }
    }

    @Command(name = "status", description = "Set a task's status: open, in-progress, done, or not-needed (with"
            + " --reason).")
    static final class Status extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "TASK_ID", description = "The task's number.")
        long id;

        @Option(names = "--status", required = true, paramLabel = "S", description = "open, in-progress, done,"
                + " not-needed.")
        String status;

        @Option(names = "--reason", paramLabel = "T", description = "Why it is not needed.")
        String reason;

        Status(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            TaskStatus chosen = Coded.find(TaskStatus.class, status).orElseThrow(() -> new ValidationException(
                    "--status", "task.status-unknown", status));
            CaseTask task = fromWorkspace(context -> context.tasks().setStatus(id, chosen, reason));
            session.out().println("Task " + task.id() + " of " + task.caseReference() + ": " + chosen.code());
            return Cli.OK;
        }
    }
}
