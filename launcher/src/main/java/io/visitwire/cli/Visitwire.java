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

    static CommandLine commandLine() {
        return new CommandLine(new Visitwire()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
