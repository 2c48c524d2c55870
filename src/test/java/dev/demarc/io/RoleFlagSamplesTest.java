package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.Finding;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample (as it was in format 2) analyzes the same after its role flags became role components. The
 * baseline is the sample read without that step: its flags are then unknown properties no rule reads, so each
 * workload whose flag was true misses a role there. The migrated sample must have exactly the baseline's
 * findings less those "no role" findings on flagged workloads; a role of unknown breadth adds none.
 */
class RoleFlagSamplesTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Analyzer ANALYZER = new Analyzer(CATALOG);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a workload without a role is told; what its flag being true used to silence. */
    private static final Set<String> NO_ROLE_RULES = Set.of("ec2.no-iam-role", "ec2.stored-keys", "ecs.stored-keys");

    /** Copies of the samples as they were in format 2, kept so the samples themselves can move on. */
    static final Path FORMAT_2_SAMPLES = Path.of("src", "test", "resources", "dev", "demarc", "io",
            "format-v2-samples");

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(FORMAT_2_SAMPLES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void analyzesToTheSameFindingsAfterTheRoleFlagsBecomeRoles(Path sample) throws Exception {
        byte[] bytes = Files.readAllBytes(sample);
        ObjectNode raw = (ObjectNode) JSON.readTree(bytes);
        assertEquals(2, raw.get("formatVersion").asInt(), "the baseline is built for format 2 samples");
        Set<String> flagged = flagged(raw);
        Set<String> expected = new HashSet<>(keys(ANALYZER.analyze(baseline(raw)).findings()));
        expected.removeIf(k -> NO_ROLE_RULES.stream().anyMatch(r -> flagged.stream()
                .anyMatch(id -> k.startsWith(r + " " + id + ","))));
        Set<String> migrated = keys(ANALYZER.analyze(new DiagramReader(CATALOG).read(bytes).diagram()).findings());

        assertEquals(expected, migrated, sample.getFileName().toString());
    }

    @Test
    void theBaselineMissesRolesThatTheMigrationDraws() throws Exception {
        int silenced = 0;
        for (Path sample : samples()) {
            ObjectNode raw = (ObjectNode) JSON.readTree(Files.readAllBytes(sample));
            Set<String> flagged = flagged(raw);
            silenced += (int) ANALYZER.analyze(baseline(raw)).findings().stream()
                    .filter(f -> NO_ROLE_RULES.contains(f.rule()) && flagged.contains(f.components().get(0))).count();
        }
        // Otherwise the comparison above would hold whether or not the flags became roles.
        assertTrue(silenced > 0, "no sample has a flagged workload the baseline tells to get a role");
    }

    /**
     * The sample read as if it were already the current version but for the role step: its inline rules become
     * groups (the other half of the step to format 3) and its role flags unknown properties.
     */
    private static Diagram baseline(ObjectNode raw) throws Exception {
        ObjectNode withoutStep = SecurityGroupMigration.apply(raw.deepCopy());
        withoutStep.put("formatVersion", DiagramReader.FORMAT_VERSION);
        return new DiagramReader(CATALOG).read(JSON.writeValueAsBytes(withoutStep)).diagram();
    }

    /** The EC2 instances and ECS services whose role flag is true. */
    private static Set<String> flagged(ObjectNode root) {
        Set<String> out = new HashSet<>();
        for (JsonNode c : root.path("components")) {
            String flag = switch (c.path("type").asText()) {
                case "EC2" -> "iamRole";
                case "ECS" -> "taskRole";
                default -> null;
            };
            if (flag != null && c.path("properties").path(flag).asBoolean(false)) {
                out.add(c.get("id").asText());
            }
        }
        return out;
    }

    /** A finding as "rule subject,other,...": what must stay the same. */
    private static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + String.join(",", f.components()) + ",")
                .collect(Collectors.toSet());
    }
}
