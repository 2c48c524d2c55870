package dev.demarc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.io.HostileInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every hostile file of {@link HostileInputs}, checked from the command line: exit 2, a clear message, no trace. */
class CheckCommandHostileInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static List<HostileInputs.Case> cases() {
        return HostileInputs.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitsTwoWithTheMessageAndNoStackTrace(HostileInputs.Case hostile) throws Exception {
        Path file = dir.resolve("hostile.json");
        Files.write(file, hostile.bytes());

        Cli.Run text = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Cli.run(file.toString()));
        text.assertNoStackTrace();
        assertEquals(2, text.code(), text.out());
        assertTrue(text.out().contains(file + ": cannot be checked"), text.out());
        for (String word : hostile.words()) {
            assertTrue(text.out().contains(word), "[" + word + "] missing from:\n" + text.out());
        }
        if (hostile.line() > 0) {
            assertTrue(text.out().contains("(line " + hostile.line() + ", column "), text.out());
        }

        Cli.Run json = Cli.run("--format", "json", file.toString()).assertNoStackTrace();
        assertEquals(2, json.code());
        JsonNode error = JSON.readTree(json.out()).at("/reports/0/error");
        String message = error.get("message").textValue();
        for (String word : hostile.words()) {
            assertTrue(message.contains(word), "[" + word + "] missing from: " + message);
        }
        if (hostile.line() > 0) {
            assertEquals(hostile.line(), error.get("line").intValue(), error.toString());
        }
    }
}
