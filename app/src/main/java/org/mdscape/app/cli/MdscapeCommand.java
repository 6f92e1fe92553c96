package org.mdscape.app.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.mdscape.engine.model.InvalidSpecException;
import org.mdscape.engine.model.SpecProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mdscape} command. Without a subcommand it lists what it can do (the workbench will open
 * here once it exists). Exit codes: 0 success, 1 failure while running, 2 bad input.
 */
@Command(name = "mdscape", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explore soft-matter design spaces with molecular dynamics.",
        subcommands = {SimulateCommand.class, EvaluateCommand.class, BenchCommand.class, PlanCommand.class,
                CampaignCommand.class, SurrogateCommand.class},
        footer = {"", "Run 'mdscape COMMAND --help' for the options of a command."})
public final class MdscapeCommand implements Runnable {
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the exit code; output goes to the given streams. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new MdscapeCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("mdscape: " + oneLine(ex));
            return EXIT_BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            switch (ex) {
                case UsageError u -> {
                    e.println("mdscape: " + u.getMessage());
                    return EXIT_BAD_INPUT;
                }
                case InvalidSpecException invalid -> {
                    // One line: the first problem, then any others after "also".
                    StringBuilder line = new StringBuilder("mdscape: ");
                    for (SpecProblem p : invalid.problems()) {
                        if (line.length() > "mdscape: ".length()) {
                            line.append("; also ");
                        }
                        line.append("--").append(p.field()).append(": ").append(p.message());
                    }
                    e.println(line);
                    return EXIT_BAD_INPUT;
                }
                default -> {
                    e.println("mdscape: failed: " + ex.getMessage());
                    if (System.getenv("MDSCAPE_DEBUG") != null) {
                        ex.printStackTrace(e);
                    }
                    return 1;
                }
            }
        });
        return cli.execute(args);
    }

    /** picocli's messages, made one line and pointing at --help. */
    private static String oneLine(CommandLine.ParameterException ex) {
        String msg = ex.getMessage().replace(System.lineSeparator(), " ").replace('\n', ' ').trim();
        return msg + " (see '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')";
    }
}
