package org.trustcase.app.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code trustcase}, and which of them a run needs. Picocli reads every command's
 * annotations when it is added, about 150 ms for all of them; a run adds only the one its arguments name, none
 * when it opens the window, and all of them when it asks for help or names no known command (so that the help
 * lists them and a typo gets its suggestions).
 */
final class Subcommands {
    static final List<Class<?>> ALL = List.of(WorkspaceCommand.class, CaseCommand.class, AuditCommand.class,
            DeadlinesCommand.class, SeverityCommand.class, AssessCommand.class, AssessmentCommand.class,
            SuggestCommand.class, DecideCommand.class, DecisionCommand.class, UserCommand.class, EvidenceCommand.class,
            AnnotateCommand.class, RecipientsCommand.class, OrgCommand.class, NotifyCommand.class, LettersCommand.class,
            TaskCommand.class, PlaybookCommand.class, NoteCommand.class, TimelineCommand.class, SearchCommand.class,
            ReportCommand.class, RegisterCommand.class);

    /** The top-level options that take a value, so that the value is not read as a command's name. */
    private static final Set<String> OPTIONS_WITH_A_VALUE = Set.of("--workspace", "--wait");
    private static final Set<String> HELP = Set.of("-h", "--help");

    private Subcommands() {
    }

    /** The subcommands to add for {@code args}, in the order of {@link #ALL}. */
    static List<Class<?>> neededFor(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_A_VALUE.contains(arg)) {
                i++;
            } else if (HELP.contains(arg) || arg.equals("--")) {
                return ALL;
            } else if (!arg.startsWith("-")) {
                Class<?> named = Names.BY_NAME.get(arg);
                return named == null ? ALL : List.of(named);
            }
        }
        return List.of();
    }

    /** Reading the commands' annotations takes about 40 ms: only a run that names a command does it. */
    private static final class Names {
        static final Map<String, Class<?>> BY_NAME = byName();
    }

    private static Map<String, Class<?>> byName() {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : ALL) {
            Command annotation = command.getAnnotation(Command.class);
            byName.put(annotation.name(), command);
            Arrays.stream(annotation.aliases()).forEach(alias -> byName.put(alias, command));
        }
        return Map.copyOf(byName);
    }
}
