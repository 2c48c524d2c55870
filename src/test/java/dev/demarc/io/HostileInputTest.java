package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.demarc.catalog.Catalog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed or hostile file is refused with a {@link DiagramLoadException} that says what and where. */
class HostileInputTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    /** Generous: each case takes milliseconds; a hang or a runaway parse fails instead of stalling the build. */
    private static final Duration LIMIT = Duration.ofSeconds(5);

    static List<HostileInputs.Case> cases() {
        return HostileInputs.all();
    }

    @Test
    void thereAreAtLeastThirtyFiveCases() {
        assertTrue(cases().size() >= 35, "only " + cases().size() + " cases");
        assertEquals(cases().size(), cases().stream().map(HostileInputs.Case::name).distinct().count(),
                "case names must be unique");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWithAMessageNamingTheProblem(HostileInputs.Case hostile) {
        byte[] bytes = hostile.bytes();
        DiagramLoadException e = assertTimeoutPreemptively(LIMIT, () -> load(bytes), hostile.name());

        List<Problem> problems = e.problems();
        assertFalse(problems.isEmpty(), "no problem collected");
        Problem first = problems.get(0);
        for (String word : hostile.words()) {
            assertTrue(first.message().contains(word),
                    "message should contain [" + word + "] but was: " + first.message());
        }
        assertNoInternals(first.message());
        if (hostile.line() > 0) {
            assertEquals(hostile.line(), first.line(), "line of: " + first.describe());
            assertTrue(first.column() >= 1, "column missing in: " + first.describe());
            if (hostile.column() > 0) {
                // the column of the offending character; Jackson may point just past it
                assertTrue(first.column() == hostile.column() || first.column() == hostile.column() + 1,
                        "column should be " + hostile.column() + " in: " + first.describe());
            }
            assertTrue(e.getMessage().contains("(line " + first.line() + ", column " + first.column() + ")"),
                    "the exception message shows the place: " + e.getMessage());
        }
    }

    /** The reader's only failure mode is a DiagramLoadException: anything else fails the test. */
    static DiagramLoadException load(byte[] bytes) {
        try {
            LoadedDiagram loaded = new DiagramReader(CATALOG).read(bytes);
            return fail("loaded although it is invalid: " + loaded.diagram());
        } catch (DiagramLoadException e) {
            return e;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("threw " + e + " instead of DiagramLoadException", e);
        }
    }

    /** Messages are for the file's author: no Java or Jackson internals. */
    static void assertNoInternals(String message) {
        for (String internal : List.of("Exception", "jackson", "Jackson", "[Source", "REDACTED", "java.", "dev.demarc",
                "\tat ", "DiagramJson", "ComponentJson", "`")) {
            assertFalse(message.contains(internal), "message leaks [" + internal + "]: " + message);
        }
    }

    @Test
    void anUnknownFieldIsLocatedWhereItIsWritten() {
        String file = "{\n  \"format\": \"demarc-diagram\",\n  \"formatVersion\": 1,\n  \"components\": [\n    {\n"
                + "      \"id\": \"web\",\n      \"type\": \"EC2\",\n      \"parnet\": \"vpc\",\n      \"x\": 0,\n"
                + "      \"y\": 0\n    }\n  ]\n}\n";
        Problem p = load(file.getBytes(StandardCharsets.UTF_8)).first();
        assertTrue(p.message().contains("unknown field \"parnet\""), p.describe());
        assertEquals(8, p.line(), p.describe());
        assertEquals(7, p.column(), p.describe());
    }

    @Test
    void everyComponentProblemIsReportedAtOnce() {
        String file = HostileInputs.diagram(
                "{\"id\": \"web\", \"type\": \"EC2\", \"x\": 0, \"y\": 0, \"properties\": {\"publicIp\": \"yes\"}}",
                "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0, "
                        + "\"properties\": {\"backupRetentionDays\": 99}}",
                "{\"id\": \"fn\", \"type\": \"GLUE\", \"x\": 0, \"y\": 0}");
        DiagramLoadException e = load(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, e.problems().size(), describe(e));
        assertTrue(e.problems().get(0).message().contains("'publicIp'"), describe(e));
        assertEquals(5, e.problems().get(0).line());
        assertTrue(e.problems().get(1).message().contains("'backupRetentionDays'"), describe(e));
        assertEquals(6, e.problems().get(1).line());
        assertTrue(e.problems().get(2).message().contains("GLUE"), describe(e));
        assertEquals(7, e.problems().get(2).line());
        assertTrue(e.getMessage().contains("and 2 more problems"), e.getMessage());
    }

    @Test
    void aRefusedComponentIsNotReportedAgainAsAMissingParentOrEndpoint() {
        String file = HostileInputs.diagram(List.of(
                "{\"id\": \"vpc\", \"type\": \"VPC\", \"x\": 0, \"y\": 0, \"properties\": {\"flowLogs\": 1}}",
                "{\"id\": \"web\", \"type\": \"EC2\", \"parent\": \"vpc\", \"x\": 0, \"y\": 0}",
                "{\"id\": \"db\", \"type\": \"RDS\", \"x\": 0, \"y\": 0}"),
                List.of("{\"id\": \"c1\", \"from\": \"web\", \"to\": \"vpc\"}"));
        DiagramLoadException e = load(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, e.problems().size(), describe(e));
        assertTrue(e.first().message().contains("Component 'vpc' property 'flowLogs'"), describe(e));
    }

    private static String describe(DiagramLoadException e) {
        return e.problems().stream().map(Problem::describe).collect(Collectors.joining("\n"));
    }
}
