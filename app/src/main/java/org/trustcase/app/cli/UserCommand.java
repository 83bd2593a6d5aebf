package org.trustcase.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Arrays;
import java.util.List;
import org.trustcase.app.cli.json.Json;
import org.trustcase.model.common.Role;
import org.trustcase.model.users.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code trustcase user add|list|deactivate|reactivate|role}: the workspace's accounts (a DPO's to manage). */
@Command(name = "user", description = "Manage the workspace's user accounts (DPO only).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Deactivate.class,
                UserCommand.Reactivate.class, UserCommand.ChangeRole.class})
final class UserCommand {

    /** The roles as the command line names them. */
    enum RoleName {
        dpo(Role.DPO), reviewer(Role.LEGAL_REVIEWER), manager(Role.MANAGER);

        final Role role;

        RoleName(Role role) {
            this.role = role;
        }

        static String of(Role role) {
            return Arrays.stream(values()).filter(name -> name.role == role).findFirst().orElseThrow().name();
        }
    }

    @Command(name = "add", description = "Add an account; its password comes from TRUSTCASE_NEW_PASSWORD or is asked"
            + " for. The first account of a workspace that has none must be a DPO, and needs no sign-in.")
    static final class Add extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The login: lower-case letters, digits, '.', '-'"
                + " and '_'.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "dpo, reviewer or manager.")
        RoleName role;

        @Option(names = "--full-name", paramLabel = "TEXT", description = "The person's name, shown beside the login.")
        String fullName;

        private boolean first;

        Add(CliSession session) {
            super(session);
        }

        @Override
        protected boolean signsInItself() {
            return true;
        }

        @Override
        public Integer call() {
            UserAccount.requireLogin(login, "NAME");
            char[] password = session.credentials().newPassword(login);
            try {
                inWorkspace(context -> {
                    first = context.users().noAccounts();
                    if (first && role == RoleName.dpo) {
                        context.users().addFirstDpo(login, fullName, password);
                    } else {
                        session.credentials().signIn(context);
                        context.users().add(login, fullName, role.role, password);
                    }
                });
            } finally {
                Arrays.fill(password, '\0');
            }
            session.out().println("Added " + role + " " + login + (first ? " (the workspace's first account)" : ""));
            return Cli.OK;
        }
    }

    @Command(name = "list", description = "List the accounts (never their passwords).")
    static final class ListUsers extends InWorkspaceCommand {
        @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text or json.")
        OutputFormat format;

        ListUsers(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            List<UserAccount> accounts = fromWorkspace(context -> context.users().list());
            if (format == OutputFormat.json) {
                ArrayNode array = Json.mapper().createArrayNode();
                for (UserAccount account : accounts) {
                    array.addObject().put("login", account.login()).put("fullName", account.fullName())
                            .put("role", RoleName.of(account.role())).put("active", account.active())
                            .put("createdAt", Json.instant(account.createdAt()));
                }
                session.out().println(Json.print(array));
            } else {
                for (UserAccount account : accounts) {
                    session.out().println(account.login() + "\t" + RoleName.of(account.role()) + "\t"
                            + (account.active() ? "active" : "deactivated") + "\t"
                            + TerminalText.escape(account.fullName()));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "deactivate", description = "Stop an account from signing in (its history stays).")
    static final class Deactivate extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The login.")
        String login;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the audit trail.")
        String reason;

        Deactivate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            inWorkspace(context -> context.users().setActive(login, false, reason));
            session.out().println("Deactivated " + login);
            return Cli.OK;
        }
    }

    @Command(name = "reactivate", description = "Let a deactivated account sign in again.")
    static final class Reactivate extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The login.")
        String login;

        Reactivate(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            inWorkspace(context -> context.users().setActive(login, true, null));
            session.out().println("Reactivated " + login);
            return Cli.OK;
        }
    }

    @Command(name = "role", description = "Give an account another role.")
    static final class ChangeRole extends InWorkspaceCommand {
        @Parameters(index = "0", paramLabel = "NAME", description = "The login.")
        String login;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "dpo, reviewer or manager.")
        RoleName role;

        ChangeRole(CliSession session) {
            super(session);
        }

        @Override
        public Integer call() {
            inWorkspace(context -> context.users().changeRole(login, role.role));
            session.out().println(login + " is now " + role);
            return Cli.OK;
        }
    }
}
