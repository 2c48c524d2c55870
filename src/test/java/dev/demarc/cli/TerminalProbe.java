package dev.demarc.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a child JVM by {@link TerminalTest}: writes what {@link Terminal} says of its standard error. */
public final class TerminalProbe {

    private TerminalProbe() {
    }

    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of(args[0]), Boolean.toString(Terminal.stderrIsTerminal()));
    }
}
