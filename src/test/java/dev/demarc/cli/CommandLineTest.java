package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    /** Each token written as {@code op:TEXT} or {@code opt:NAME} plus {@code =VALUE} when one was typed inline. */
    private static List<String> tokens(String... args) {
        CommandLine line = new CommandLine(List.of(args));
        List<String> seen = new ArrayList<>();
        while (line.hasNext()) {
            CommandLine.Token t = line.next();
            seen.add(t.isOperand() ? "op:" + t.text()
                    : "opt:" + t.name() + (t.inlineValue() == null ? "" : "=" + t.inlineValue()));
        }
        return seen;
    }

    @Test
    void splitsOptionsFromOperandsInTheirOrder() {
        assertEquals(List.of("op:a.json", "opt:--overlay", "opt:-h", "op:b.png"),
                tokens("a.json", "--overlay", "-h", "b.png"));
    }

    @Test
    void aLoneDashIsAnOperand() {
        assertEquals(List.of("op:-", "opt:--help"), tokens("-", "--help"));
    }

    @Test
    void doubleDashEndsTheOptionsAndIsNotItselfAToken() {
        assertEquals(List.of("opt:--format=json", "op:--help", "op:-q", "op:--", "op:x.json"),
                tokens("--format=json", "--", "--help", "-q", "--", "x.json"));
    }

    @Test
    void aTrailingDoubleDashLeavesNoToken() {
        CommandLine line = new CommandLine(List.of("--"));
        assertFalse(line.hasNext());
        assertThrows(NoSuchElementException.class, line::next);
    }

    @Test
    void doubleDashWithAnInlineValueEndsTheOptionsAsTheCommandsAlwaysDid() {
        assertEquals(List.of("op:-q"), tokens("--=ignored", "-q"));
    }

    @Test
    void anEmptyInlineValueIsAValueNotAMissingOne() {
        assertEquals(List.of("opt:--x="), tokens("--x="));
        CommandLine line = new CommandLine(List.of("--x=", "next"));
        assertEquals(Optional.of(""), line.value(line.next()));
        assertEquals("next", line.next().text(), "the next argument is still a token of its own");
    }

    @Test
    void onlyTheFirstEqualsSignSplitsNameFromValue() {
        CommandLine.Token t = new CommandLine(List.of("--x=a=b")).next();
        assertEquals("--x", t.name());
        assertEquals("a=b", t.inlineValue());
        assertEquals("--x=a=b", t.text(), "the text as typed, for messages");
    }

    @Test
    void shortOptionsAndALeadingEqualsSignAreNotSplit() {
        assertEquals(List.of("opt:-f=json", "opt:-="), tokens("-f=json", "-="));
    }

    @Test
    void aValueIsTheNextArgumentAsItIsEvenWhenItLooksLikeAnOption() {
        CommandLine line = new CommandLine(List.of("--csv", "--", "--help", "--solution", "-"));
        assertEquals(Optional.of("--"), line.value(line.next()), "-- taken as a value does not end the options");
        CommandLine.Token help = line.next();
        assertFalse(help.isOperand(), "--help after the consumed -- is still an option");
        assertEquals(Optional.of("-"), line.value(line.next()));
        assertFalse(line.hasNext());
    }

    @Test
    void aValueMissingAtTheEndIsEmpty() {
        CommandLine line = new CommandLine(List.of("x.json", "--format"));
        line.next();
        CommandLine.Token format = line.next();
        assertEquals(Optional.empty(), line.value(format));
        assertFalse(line.hasNext());
    }

    @Test
    void anInlineValueDoesNotTakeTheNextArgument() {
        CommandLine line = new CommandLine(List.of("--scale=2", "3"));
        assertEquals(Optional.of("2"), line.value(line.next()));
        assertTrue(line.next().isOperand(), "3 stays an operand");
    }
}
