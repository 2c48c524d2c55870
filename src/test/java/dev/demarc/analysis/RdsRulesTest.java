package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What stays the customer's on RDS: exposure (R4), encryption (R15, R16), TLS, upgrades, logins, backups. */
class RdsRulesTest {

    @Test
    void publicPostgresOpenOn5432IsCritical() {
        Finding f = assertFires(analyze(Fixtures.postgresOpenToWorld()), "rds.exposed-to-internet", "db");

        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(f.message().contains("5432"), f.message());
    }

    @Test
    void publicPostgresOpenOnlyOnTheMysqlPortIsNotExposed() {
        Analysis a = analyze(Fixtures.publicDatabase("postgres", tcp(3306, WORLD)));

        assertSilent(a, "rds.exposed-to-internet");
        assertFires(a, "rds.publicly-accessible", "db");
    }

    @Test
    void publiclyAccessibleDatabaseInPrivateSubnetIsOneChangeAway() {
        Finding f = assertFires(analyze(Fixtures.publiclyAccessibleDatabaseInPrivateSubnet()),
                "rds.publicly-accessible", "db");

        assertEquals(Severity.MEDIUM, f.severity());
        assertTrue(f.message().contains("Private subnet"), "names the missing link: " + f.message());
    }

    @Test
    void databaseNotPubliclyAccessibleIsNotReportedAsSuch() {
        DiagramBuilder d = Fixtures.publiclyAccessibleDatabaseInPrivateSubnet();
        d.get("db").set("publiclyAccessible", false);

        assertSilent(analyze(d), "rds.publicly-accessible");
    }

    @Test
    void worldRuleOnPrivateDatabaseIsALowNote() {
        Analysis a = analyze(Fixtures.privateDatabaseWithWorldRule());

        Finding f = assertFires(a, "rds.open-rule", "db");
        assertEquals(Severity.LOW, f.severity());
        assertSilent(a, "rds.exposed-to-internet");
    }

    @Test
    void ruleFromTheAppSubnetOnPrivateDatabaseIsSilent() {
        DiagramBuilder d = Fixtures.privateDatabaseWithWorldRule();
        d.get("db").rules(tcp(5432, "10.0.1.0/24"));

        assertSilent(analyze(d), "rds.open-rule");
    }

    @Test
    void privateDatabaseInPublicSubnetIsReported() {
        Finding f = assertFires(analyze(Fixtures.privateDatabaseInPublicSubnet()), "rds.in-public-subnet", "db");

        assertEquals(Severity.LOW, f.severity());
    }

    @Test
    void databaseInPrivateSubnetIsNotInAPublicSubnet() {
        DiagramBuilder d = Fixtures.privateDatabaseInPublicSubnet();
        d.get("db").in("priv");

        assertSilent(analyze(d), "rds.in-public-subnet");
    }

    @Test
    void publicSubnetOfVpcWithoutGatewayIsEffectivelyPrivateForTheDatabase() {
        DiagramBuilder d = Fixtures.privateDatabaseInPublicSubnet();
        d.get("vpc").set("internetGateway", false);

        assertSilent(analyze(d), "rds.in-public-subnet");
    }

    @Test
    void storageUnencryptedByDefaultIsHigh() {
        Finding f = assertFires(analyze(Fixtures.databaseWithDefaults()), "rds.storage-unencrypted", "db");

        assertEquals(Severity.HIGH, f.severity());
    }

    @Test
    void encryptedStorageIsSilent() {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("storageEncrypted", true);

        assertSilent(analyze(d), "rds.storage-unencrypted");
    }

    @Test
    void customerManagedKeyMakesTheKeyPolicyYours() {
        Finding f = assertFires(analyze(Fixtures.databaseWithCustomerManagedKey()), "rds.customer-managed-key", "db");

        assertEquals(Severity.INFO, f.severity());
    }

    @Test
    void awsManagedKeyIsSilent() {
        DiagramBuilder d = Fixtures.databaseWithCustomerManagedKey();
        d.get("db").set("customerManagedKey", false);

        assertSilent(analyze(d), "rds.customer-managed-key");
    }

    @Test
    void customerManagedKeyOnUnencryptedStorageIsAboutTheMissingEncryption() {
        DiagramBuilder d = Fixtures.databaseWithCustomerManagedKey();
        d.get("db").set("storageEncrypted", false);
        Analysis a = analyze(d);

        assertSilent(a, "rds.customer-managed-key");
        assertFires(a, "rds.storage-unencrypted", "db");
    }

    @Test
    void tlsNotEnforcedByDefault() {
        assertFires(analyze(Fixtures.databaseWithDefaults()), "rds.tls-not-enforced", "db");
    }

    @Test
    void enforcedTlsIsSilent() {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("enforceTls", true);

        assertSilent(analyze(d), "rds.tls-not-enforced");
    }

    @Test
    void autoMinorUpgradesOffLeavesTheUpgradeDecisionToYou() {
        assertFires(analyze(Fixtures.databaseWithoutAutoMinorUpgrades()), "rds.auto-minor-upgrade-off", "db");
    }

    @Test
    void autoMinorUpgradesOnByDefaultIsSilent() {
        assertSilent(analyze(Fixtures.databaseWithDefaults()), "rds.auto-minor-upgrade-off");
    }

    @Test
    void passwordsOnlyByDefault() {
        assertFires(analyze(Fixtures.databaseWithDefaults()), "rds.no-iam-auth", "db");
    }

    @Test
    void iamAuthenticationIsSilent() {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("iamAuthentication", true);

        assertSilent(analyze(d), "rds.no-iam-auth");
    }

    @Test
    void retentionOfZeroDaysDisablesBackups() {
        Finding f = assertFires(analyze(Fixtures.databaseWithoutAutomatedBackups()), "rds.backups-disabled", "db");

        assertTrue(f.message().contains("0 days"), f.message());
    }

    @Test
    void apiDefaultRetentionOfOneDayKeepsBackupsOn() {
        DiagramBuilder d = Fixtures.databaseWithoutAutomatedBackups();
        d.get("db").unset("backupRetentionDays");

        assertSilent(analyze(d), "rds.backups-disabled");
    }

    @Test
    void deletionProtectionOffByDefault() {
        assertFires(analyze(Fixtures.databaseWithDefaults()), "rds.no-deletion-protection", "db");
    }

    @Test
    void deletionProtectionOnIsSilent() {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("deletionProtection", true);

        assertSilent(analyze(d), "rds.no-deletion-protection");
    }

    @Test
    void singleAzByDefault() {
        assertFires(analyze(Fixtures.databaseWithDefaults()), "rds.single-az", "db");
    }

    @Test
    void multiAzIsSilent() {
        DiagramBuilder d = Fixtures.databaseWithDefaults();
        d.get("db").set("multiAz", true);

        assertSilent(analyze(d), "rds.single-az");
    }
}
