package io.visitwire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code visitwire} command. */
@Command(name = "visitwire", mixinStandardHelpOptions = true, version = "visitwire 0.1.0",
        description = "News articles in, visit events and commitments out, on Apache Kafka.",
        subcommands = {DemoCommand.class, io.visitwire.bench.BenchCommand.class, UpCommand.class, ExtractCommand.class, EvalCommand.class, TailCommand.class, StatusCommand.class, TopicsCommand.class, DlqCommand.class,
                CommandLine.HelpCommand.class})
public final class Visitwire {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Exit code of a run refused for its settings (as a usage error: the user has something to fix). */
    static final int REFUSED_SETTINGS = 2;
    /** Exit code of a run Kafka failed: no answer within --timeout, or a refusal (told in one line). */
    static final int KAFKA_FAILED = 1;

    static CommandLine commandLine() {
        return new CommandLine(new Visitwire()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Visitwire::refusedSettings);
    }

    /**
     * Settings are validated with {@link IllegalArgumentException}s that name the setting and say what to do:
     * the message is the whole answer, a stack trace would bury it; so is Kafka not answering
     * ({@link KafkaOptions.Unreachable}). Anything else is a bug and keeps its trace.
     */
    static int refusedSettings(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof KafkaOptions.Unreachable) {
            command.getErr().println("visitwire " + command.getCommandName() + ": " + e.getMessage());
            return KAFKA_FAILED;
        }
        if (!(e instanceof IllegalArgumentException)) {
            throw e;
        }
        command.getErr().println("visitwire " + command.getCommandName() + ": " + e.getMessage());
        return REFUSED_SETTINGS;
    }
}
