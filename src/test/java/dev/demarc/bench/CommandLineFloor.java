package dev.demarc.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The floor under {@code demarc check}'s start-up: what any command line made of the two libraries Demarc uses
 * costs before it does its own work. Picocli reads one command of one argument, and Jackson reads a file of a
 * few bytes into a tree. docs/performance.md compares it with {@link BareMain} on the packaged runtime.
 */
public final class CommandLineFloor {

    private CommandLineFloor() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Check()).execute(args));
    }

    /** A command that reads each file it is given as JSON and prints how many fields it has at the top. */
    @Command(name = "check", mixinStandardHelpOptions = true)
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE")
        private List<String> files = new ArrayList<>();

        @Override
        public Integer call() throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            for (String file : files) {
                System.out.println(file + ": " + mapper.readTree(new File(file)).size());
            }
            return 0;
        }
    }
}
