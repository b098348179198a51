package org.defensor.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.Map;
import java.util.concurrent.Callable;
import org.defensor.security.Accounts;
import org.defensor.security.ApiTokenData;
import org.defensor.security.Role;
import org.defensor.security.SecondFactors;
import org.defensor.security.UserAccount;
import org.defensor.shared.Clearance;
import org.defensor.shared.InvalidRecordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "Manage accounts.", subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class,
        UserCommand.Token.class, UserCommand.Tokens.class, UserCommand.Unlock.class, UserCommand.SecondFactor.class})
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
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
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
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                for (UserAccount a : app.bean(Accounts.class).list()) {
                    spec.commandLine().getOut().printf("%-30s %-7s %s%n", a.username(), a.role(), a.enabled() ? "enabled" : "disabled");
                }
                return 0;
            }
        }
    }

    @Command(name = "token", description = "Issue a personal API token for an account (shown once), or revoke one with --revoke.")
    static class Token implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "USERNAME", arity = "0..1", description = "The account to issue a token for.")
        String username;

        @Option(names = "--name", description = "What the token is for.", defaultValue = "cli")
        String name;

        @Option(names = "--expires", defaultValue = "90d",
                description = "When the token stops working: days (30d), hours (12h) or a date (2027-01-31, UTC). Default: ${DEFAULT-VALUE}")
        String expires;

        @Option(names = "--revoke", paramLabel = "TOKEN-ID", description = "Revoke the token with this id (see `user tokens NAME`).")
        UUID revoke;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (revoke == null && username == null) {
                throw new BadOptionException("USERNAME", "name the account to issue a token for, or give --revoke TOKEN-ID");
            }
            Duration validFor = revoke == null ? validity(expires, java.time.Clock.systemUTC()) : null;
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                Accounts accounts = app.bean(Accounts.class);
                if (revoke != null) {
                    if (!Clearance.asSystem(() -> accounts.revokeToken(revoke))) {
                        spec.commandLine().getErr().println("defensor: no token has the id " + revoke);
                        return 1;
                    }
                    spec.commandLine().getOut().println("Revoked token " + revoke);
                    return 0;
                }
                String token = Clearance.asSystem(() -> accounts.issueToken(username, name, validFor));
                spec.commandLine().getOut().println(token);
                return 0;
            } catch (InvalidRecordException e) {
                spec.commandLine().getErr().println("defensor: " + e.getMessage());
                return 1;
            }
        }

        /** "30d", "12h" or a date (the token stops working at its start, UTC), as a time from now. */
        static Duration validity(String expires, java.time.Clock clock) {
            try {
                if (expires.matches("[0-9]{1,4}d")) {
                    return Duration.ofDays(Long.parseLong(expires.substring(0, expires.length() - 1)));
                }
                if (expires.matches("[0-9]{1,5}h")) {
                    return Duration.ofHours(Long.parseLong(expires.substring(0, expires.length() - 1)));
                }
                return Duration.between(clock.instant(), LocalDate.parse(expires).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException e) {
                throw new BadOptionException("--expires", "must be days (30d), hours (12h) or a date (2027-01-31), not '" + expires + "'");
            }
        }
    }

    @Command(name = "tokens", description = "List an account's API tokens: id, what for, created, expires, last used, state.")
    static class Tokens implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                var now = java.time.Instant.now();
                for (ApiTokenData t : Clearance.asSystem(() -> app.bean(Accounts.class).tokens(username))) {
                    spec.commandLine().getOut().printf("%s  %-20s created %s  expires %s  last used %s  %s%n", t.id(), t.name(),
                            t.createdAt(), t.expiresAt(), t.lastUsedAt() == null ? "never" : t.lastUsedAt(),
                            t.activeAt(now) ? "active" : t.revokedAt() != null ? "revoked" : "expired");
                }
                return 0;
            } catch (InvalidRecordException e) {
                spec.commandLine().getErr().println("defensor: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "unlock", description = "Lift the lockout that repeated failed sign-ins put on an account.")
    static class Unlock implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Parameters(paramLabel = "USERNAME")
        String username;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Launcher.Running app = Launcher.start(data, false, Map.of())) {
                boolean wasLocked = Clearance.asSystem(() -> app.bean(Accounts.class).unlock(username));
                spec.commandLine().getOut().println(wasLocked ? "Unlocked '" + username + "'" : "'" + username + "' was not locked");
                return 0;
            } catch (InvalidRecordException e) {
                spec.commandLine().getErr().println("defensor: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "second-factor", description = "Show whether a second factor (TOTP) is mandatory and who has one; "
            + "make it mandatory or optional, or reset an account's (a lost phone).")
    static class SecondFactor implements Callable<Integer> {
        @Mixin
        DataOptions data;

        @Option(names = "--mandatory", paramLabel = "on|off", description = "on: accounts without a second factor must enrol after signing in.")
        String mandatory;

        @Option(names = "--reset", paramLabel = "USERNAME", description = "Remove the account's second factor and recovery codes, and end its sessions.")
        String reset;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (mandatory != null && !mandatory.equals("on") && !mandatory.equals("off")) {
                throw new BadOptionException("--mandatory", "must be on or off, not '" + mandatory + "'");
            }
            try (Launcher.Running app = Launcher.start(data.dataDir, false, Map.of())) {
                SecondFactors factors = app.bean(SecondFactors.class);
                if (reset != null) {
                    boolean had = Clearance.asSystem(() -> factors.reset(reset));
                    spec.commandLine().getOut().println(had ? "Reset the second factor of '" + reset + "'" : "'" + reset + "' had no second factor");
                }
                if (mandatory != null) {
                    Clearance.asSystem(() -> {
                        factors.setMandatory(mandatory.equals("on"));
                        return null;
                    });
                }
                boolean on = Clearance.asSystem(factors::mandatory);
                spec.commandLine().getOut().println("Second factor: " + (on ? "mandatory" : "optional")
                        + "; accounts with one: " + String.join(", ", Clearance.asSystem(factors::enabledAccounts)));
                return 0;
            } catch (InvalidRecordException e) {
                spec.commandLine().getErr().println("defensor: " + e.getMessage());
                return 1;
            }
        }
    }
}
