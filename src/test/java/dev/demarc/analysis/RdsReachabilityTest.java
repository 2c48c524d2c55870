package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.WORLD_V6;
import static dev.demarc.analysis.DiagramBuilder.allTraffic;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.DiagramBuilder.udp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static dev.demarc.analysis.FindingAsserts.summary;
import static dev.demarc.analysis.FindingAsserts.worst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * R4: a database is exposed (CRITICAL) only when it is publicly accessible, in a public subnet of a VPC with
 * an internet gateway, and a security-group rule admits the internet on the port its ENGINE listens on:
 * MySQL and MariaDB 3306, PostgreSQL 5432, Oracle 1521, SQL Server 1433.
 */
class RdsReachabilityTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"mysql, 3306", "mariadb, 3306", "postgres, 5432", "oracle, 1521", "sqlserver, 1433"})
    void worldRuleOnTheEnginePortIsCritical(String engine, int port) {
        Analysis a = analyze(Fixtures.publicDatabase(engine, tcp(port, WORLD)));

        Finding f = assertFires(a, "rds.exposed-to-internet", "db");
        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(f.message().contains(Integer.toString(port)), f.message());
    }

    @ParameterizedTest(name = "{0} with a rule on {1}")
    @CsvSource({"mysql, 5432", "mariadb, 1433", "postgres, 3306", "oracle, 5432", "sqlserver, 1521",
            "postgres, 22"})
    void worldRuleOnAnotherPortIsNotAnExposure(String engine, int port) {
        Analysis a = analyze(Fixtures.publicDatabase(engine, tcp(port, WORLD)));

        assertSilent(a, "rds.exposed-to-internet");
        assertNotHighOrWorse(a);
        Finding f = assertFires(a, "rds.publicly-accessible", "db");
        assertTrue(f.message().contains("no rule admits the internet"), f.message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb", "postgres", "oracle", "sqlserver"})
    void allProtocolWorldRuleCoversEveryEnginePort(String engine) {
        Analysis a = analyze(Fixtures.publicDatabase(engine, allTraffic(WORLD)));

        assertEquals(Severity.CRITICAL, assertFires(a, "rds.exposed-to-internet", "db").severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "postgres"})
    void ipv6WorldRuleOnTheEnginePortIsCritical(String engine) {
        int port = engine.equals("mysql") ? 3306 : 5432;
        Analysis a = analyze(Fixtures.publicDatabase(engine, tcp(port, WORLD_V6)));

        assertFires(a, "rds.exposed-to-internet", "db");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "postgres"})
    void udpRuleOnTheEnginePortAdmitsNoDatabaseClient(String engine) {
        int port = engine.equals("mysql") ? 3306 : 5432;
        Analysis a = analyze(Fixtures.publicDatabase(engine, udp(port, WORLD)));

        assertSilent(a, "rds.exposed-to-internet");
        assertNotHighOrWorse(a);
    }

    static Stream<Arguments> links() {
        return Stream.of(
                Arguments.of("not publicly accessible",
                        (Consumer<DiagramBuilder>) d -> d.get("db").set("publiclyAccessible", false)),
                Arguments.of("private subnet", (Consumer<DiagramBuilder>) d -> d.get("pub").set("public", false)),
                Arguments.of("no internet gateway",
                        (Consumer<DiagramBuilder>) d -> d.get("vpc").set("internetGateway", false)),
                Arguments.of("rule only from the VPC",
                        (Consumer<DiagramBuilder>) d -> d.get("db").rules(tcp(5432, "10.0.0.0/16"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("links")
    void withoutOneLinkThePostgresDatabaseIsNotExposed(String link, Consumer<DiagramBuilder> cut) {
        DiagramBuilder d = Fixtures.postgresOpenToWorld();
        cut.accept(d);
        Analysis a = analyze(d);

        assertSilent(a, "rds.exposed-to-internet");
        assertNotHighOrWorse(a);
    }

    private static void assertNotHighOrWorse(Analysis a) {
        Optional<Severity> worst = worst(a, "db", Duty.EXPOSE);
        assertFalse(worst.isPresent() && worst.get().atLeast(Severity.HIGH), summary(a));
    }
}
