package dev.demarc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.LoadedDiagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped samples open cleanly and teach what their titles promise. */
class SamplesTest {

    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));
    private static final Catalog CATALOG = Catalog.builtIn();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFiveSamples() throws IOException {
        assertTrue(samples().count() >= 5);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleLoadsWithoutWarningsAndHasATitle(Path sample) throws Exception {
        LoadedDiagram loaded = new DiagramReader(CATALOG).read(sample);
        assertTrue(loaded.warnings().isEmpty(), loaded.warnings().toString());
        assertFalse(loaded.diagram().title() == null || loaded.diagram().title().isBlank());
        assertFalse(loaded.diagram().components().isEmpty());
    }

    @Test
    void wellConfiguredThreeTierHasNoHighOrCriticalFinding() throws Exception {
        Analysis a = analyze("three-tier-well-configured.json");
        List<Finding> serious = a.findings().stream().filter(f -> f.severity().atLeast(Severity.HIGH)).toList();
        assertEquals(List.of(), serious);
    }

    @Test
    void insecureTeachingExampleShowsThePublicDatabaseOpenSshAndTheBucketBypass() throws Exception {
        List<String> rules = analyze("insecure-teaching-example.json").findings().stream().map(Finding::rule).toList();
        assertTrue(rules.contains("rds.exposed-to-internet"), rules.toString());
        assertTrue(rules.contains("ec2.admin-port-open"), rules.toString());
        assertTrue(rules.contains("cloudfront.s3-bypass"), rules.toString());
    }

    @Test
    void reachabilityPuzzleExposesOnlyThePublicInstance() throws Exception {
        Analysis a = analyze("reachability-puzzle.json");
        List<String> exposed = a.findings().stream().filter(f -> f.rule().equals("ec2.admin-port-open"))
                .flatMap(f -> f.components().stream()).toList();
        assertEquals(List.of("bastion"), exposed);
        List<String> notes = a.findings().stream().filter(f -> f.rule().equals("ec2.open-rule-unreachable"))
                .flatMap(f -> f.components().stream()).sorted().toList();
        assertEquals(List.of("island", "worker"), notes);
    }

    @Test
    void theFargateServiceIsPrivateHasItsRoleAndLeavesOnlyItsImagesToPatch() throws Exception {
        Analysis a = analyze("container-service-on-fargate.json");
        List<Finding> serious = a.findings().stream().filter(f -> f.severity().atLeast(Severity.HIGH)).toList();
        assertEquals(List.of(), serious);
        assertTrue(a.exposurePath("orders").isEmpty(), "the tasks are not reachable from the internet");
        ComponentAnalysis orders = a.component("orders").orElseThrow();
        assertEquals(Owner.AWS, orders.layer(Layer.GUEST_OS).owner());
        assertEquals(Owner.AWS, orders.layer(Layer.RUNTIME).owner());
        assertTrue(orders.layer(Layer.APPLICATION).duties().contains(Duty.PATCH), "the images are still yours");
    }

    @Test
    void theSameAppFourWaysHandsTheGuestOsToAwsFromFargateOn() throws Exception {
        Analysis a = analyze("same-app-four-ways.json");
        Map<String, Owner> guestOs = new LinkedHashMap<>();
        for (String id : List.of("on-ec2", "ecs-ec2", "ecs-fargate", "fn")) {
            guestOs.put(id, a.component(id).orElseThrow().layer(Layer.GUEST_OS).owner());
        }
        assertEquals(Map.of("on-ec2", Owner.CUSTOMER, "ecs-ec2", Owner.CUSTOMER, "ecs-fargate", Owner.AWS,
                "fn", Owner.AWS), guestOs);
        List<String> hostPatching = a.findings().stream().filter(f -> f.category() == Duty.PATCH)
                .flatMap(f -> f.components().stream()).distinct().sorted().toList();
        assertEquals(List.of("ecs-ec2", "on-ec2"), hostPatching, "only the first two leave hosts to patch");
    }

    @Test
    void theAppsSampleIndexListsExactlyTheSamplesFolder() throws IOException {
        List<String> onDisk = samples().map(p -> p.getFileName().toString()).toList();
        List<String> indexed = Files.readAllLines(Path.of("src/main/resources/dev/demarc/samples.index")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).sorted().toList();
        assertEquals(onDisk, indexed, "File > Open Sample lists samples.index; keep it in step with samples/");
    }

    @Test
    void theSeedArchitecturesAreThere() {
        assertTrue(Files.isRegularFile(SAMPLES.resolve("web-app-ec2-rds.json")));
        assertTrue(Files.isRegularFile(SAMPLES.resolve("static-site-s3-cloudfront.json")));
    }

    private static Analysis analyze(String name) throws Exception {
        return new Analyzer(CATALOG).analyze(new DiagramReader(CATALOG).read(SAMPLES.resolve(name)).diagram());
    }
}
