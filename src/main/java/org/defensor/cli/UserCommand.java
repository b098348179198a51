package org.defensor.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.security.Accounts;
import org.defensor.security.Role;
import org.defensor.security.UserAccount;
import org.defensor.shared.Clearance;
import org.defensor.shared.InvalidRecordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Manage accounts.", subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class,
        UserCommand.Token.class})
class UserCommand {

    @Command(name = "add", description = "Create an account. Prints a generated password unless --password-stdin.")
    static class Add implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", required = true, description = "ADMIN, EDITOR or VIEWER")
        Role role;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            String password = passwordStdin
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine() : null;
            try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
                Accounts accounts = app.bean(Accounts.class);
                String chosen = password != null ? password : accounts.randomPassword();
                Clearance.asSystem(() -> accounts.create(username, chosen, role));
                spec.commandLine().getOut().println("Created " + role.name().toLowerCase() + " '" + username + "'"
                        + (password == null ? " with password " + chosen : ""));
                return 0;
            } catch (InvalidRecordException e) {
                spec.commandLine().getErr().println("defensor: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "list", description = "List accounts.")
    static class ListUsers implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
                for (UserAccount a : app.bean(Accounts.class).list()) {
                    spec.commandLine().getOut().printf("%-30s %-7s %s%n", a.username(), a.role(), a.enabled() ? "enabled" : "disabled");
                }
                return 0;
            }
        }
    }

    @Command(name = "token", description = "Issue a personal API token for an account (shown once).")
    static class Token implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--name", description = "What the token is for.", defaultValue = "cli")
        String name;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
                String token = Clearance.asSystem(() -> app.bean(Accounts.class).issueToken(username, name));
                spec.commandLine().getOut().println(token);
                return 0;
            } catch (InvalidRecordException e) {
                spec.commandLine().getErr().println("defensor: " + e.getMessage());
                return 1;
            }
        }
    }
}
