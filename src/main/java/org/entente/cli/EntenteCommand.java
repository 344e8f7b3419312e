package org.entente.cli;

import org.entente.reload.ReloadBusyException;
import org.entente.reload.RemovalRefusedException;
import org.entente.corpus.CorpusException;
import org.entente.corpus.FileNames;
import org.entente.db.DatabaseException;
import org.entente.db.Secrets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code entente} command line: a thin shell over the application services. */
@Command(name = "entente", mixinStandardHelpOptions = true, versionProvider = BuildInfo.class,
        description = "A warehouse of international cooperation built from French-language news.",
        subcommands = {ReloadCommand.class, ScheduleCommand.class, ServeCommand.class, ExtractCommand.class,
            StatusCommand.class, DocsCommand.class, ReportCommand.class, EvaluateCommand.class,
            GrantReaderCommand.class, BenchmarkCommand.class, CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class})
public final class EntenteCommand {

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        System.setProperty("java.awt.headless", "true");
        GracefulStop.install();
        int code = run(args);
        GracefulStop.finished(code);
        System.exit(code);
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new EntenteCommand());
        // picocli hides its completion command by default; the README documents it, so help lists it too.
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            // Driver and Flyway messages may quote the JDBC URL given on the command line, password included;
            // messages naming files are printed with control characters escaped.
            cmd.getErr().println("entente: " + FileNames.printable(Secrets.redact(String.valueOf(e.getMessage()))));
            return exitCodeOf(e);
        });
        return cli.execute(args);
    }

    static int exitCodeOf(Exception e) {
        if (e instanceof CorpusException) {
            return ExitCodes.CORPUS;
        } else if (e instanceof DatabaseException || e instanceof org.jooq.exception.DataAccessException) {
            return ExitCodes.DATABASE;
        } else if (e instanceof ReloadBusyException) {
            return ExitCodes.BUSY;
        } else if (e instanceof RemovalRefusedException) {
            return ExitCodes.REFUSED;
        } else if (e instanceof org.entente.reload.ReloadStoppedException) {
            return ExitCodes.STOPPED;
        } else if (e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.FAILED;
    }
}
