package org.defensor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code defensor} command. */
// Inherited, so that every subcommand answers --help.
@Command(name = "defensor", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Defensor 0.1.0",
        description = "Documents attacks on human rights defenders and the State's response to each.",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ReindexCommand.class,
                UserCommand.class, GenerateCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class, KeyCommand.class,
                CommunicationsCommand.class, LetterCommand.class, AuditCommand.class, RecommendationsCommand.class, ReportCommand.class, SearchCommand.class, CommandLine.HelpCommand.class})
public class DefensorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command line with error handling that prints a clear message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DefensorCommand());
        // "--format docx" as well as "--format DOCX".
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadOptionException bad) {
                bad.problems().forEach(p -> commandLine.getErr().println("defensor: " + p));
                return BadOptionException.EXIT;
            }
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof Launcher.DataInUseException)
                    && !(cause instanceof org.defensor.backup.BackupException)
                    && !(cause instanceof org.defensor.encryption.EncryptionException)) {
                cause = cause.getCause();
            }
            commandLine.getErr().println("defensor: " + (cause.getMessage() == null ? cause : cause.getMessage()));
            return 1;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
