package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Defaults that follow the engine and its major version: TLS is required by default from PostgreSQL 15
 * (RDS-PGSSL), MariaDB 11.8 (RDS-MARIATLS) and MySQL 9.7 (RDS-MYSQLTLS), and IAM database authentication
 * does not exist for Oracle or SQL Server (RDS-IAMDB).
 */
class RdsEngineDefaultsTest {

    @ParameterizedTest(name = "{0} {1} leaves TLS optional")
    @CsvSource({"postgres, 13", "postgres, 14", "mysql, 8.0", "mysql, 8.4", "mariadb, 10.11", "mariadb, 11.4",
            "oracle, 19", "sqlserver, 2022"})
    void tlsIsNotEnforcedByDefaultOnOlderVersionsAndOtherEngines(String engine, String version) {
        Finding f = assertFires(analyze(database(engine, version)), "rds.tls-not-enforced", "db");

        assertTrue(f.message().contains("optional by default on " + engine + " " + version), f.message());
    }

    @ParameterizedTest(name = "{0} {1} requires TLS by default")
    @CsvSource({"postgres, 15", "postgres, 16", "postgres, 17", "mariadb, 11.8", "mysql, 9.7"})
    void tlsIsEnforcedByDefaultFromTheVersionsThatChangedIt(String engine, String version) {
        assertSilent(analyze(database(engine, version)), "rds.tls-not-enforced");
    }

    @ParameterizedTest(name = "{0} {1} with TLS switched off")
    @CsvSource({"postgres, 16", "mariadb, 11.8", "mysql, 9.7"})
    void switchingTlsOffOnANewVersionStillFires(String engine, String version) {
        DiagramBuilder d = database(engine, version);
        d.get("db").set("enforceTls", false);

        Finding f = assertFires(analyze(d), "rds.tls-not-enforced", "db");
        assertTrue(!f.message().contains("by default"), "the file switched it off: " + f.message());
    }

    @ParameterizedTest(name = "{0} {1} with TLS required")
    @CsvSource({"postgres, 14", "mysql, 8.4", "sqlserver, 2019"})
    void requiringTlsOnAnOldVersionIsSilent(String engine, String version) {
        DiagramBuilder d = database(engine, version);
        d.get("db").set("enforceTls", true);

        assertSilent(analyze(d), "rds.tls-not-enforced");
    }

    @ParameterizedTest(name = "{0} without a version takes Demarc's assumed version")
    @CsvSource({"postgres, false", "mysql, true", "mariadb, true", "oracle, true", "sqlserver, true"})
    void anEngineWithoutAVersionUsesTheAssumedDefaultVersion(String engine, boolean fires) {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("engine", engine);

        if (fires) {
            assertFires(analyze(d), "rds.tls-not-enforced", "db");
        } else {
            assertSilent(analyze(d), "rds.tls-not-enforced");
        }
    }

    @ParameterizedTest(name = "IAM auth on {0}")
    @CsvSource({"mysql, 8.4", "postgres, 16", "mariadb, 11.4"})
    void missingIamAuthenticationFiresWhereItExists(String engine, String version) {
        assertFires(analyze(database(engine, version)), "rds.no-iam-auth", "db");
    }

    @ParameterizedTest(name = "IAM auth on {0}")
    @CsvSource({"oracle, 19", "oracle, 21", "sqlserver, 2019", "sqlserver, 2022"})
    void iamAuthenticationIsNotAskedOfEnginesWithoutIt(String engine, String version) {
        assertSilent(analyze(database(engine, version)), "rds.no-iam-auth");
    }

    private static DiagramBuilder database(String engine, String version) {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("engine", engine).set("engineVersion", version);
        return d;
    }
}
