package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import org.junit.jupiter.api.Test;

/** What stays the customer's on a DynamoDB table: recovery, the key, and who its policy lets in. */
class DynamoDbRulesTest {

    @Test
    void pointInTimeRecoveryIsOffByDefault() {
        Finding f = assertFires(analyze(Fixtures.tableWithDefaults()), "dynamodb.pitr-off", "orders");

        assertEquals(Severity.MEDIUM, f.severity());
        assertEquals(Duty.BACKUP, f.category());
    }

    @Test
    void tableWithPointInTimeRecoveryIsSilent() {
        DiagramBuilder d = Fixtures.tableWithDefaults();
        d.get("orders").set("pointInTimeRecovery", true);

        assertSilent(analyze(d), "dynamodb.pitr-off");
    }

    @Test
    void deletionProtectionIsOffByDefault() {
        assertFires(analyze(Fixtures.tableWithDefaults()), "dynamodb.no-deletion-protection", "orders");
    }

    @Test
    void protectedTableIsSilent() {
        DiagramBuilder d = Fixtures.tableWithDefaults();
        d.get("orders").set("deletionProtection", true);

        assertSilent(analyze(d), "dynamodb.no-deletion-protection");
    }

    @Test
    void theDefaultAwsOwnedKeyIsALowFindingNotUnencryptedData() {
        Finding f = assertFires(analyze(Fixtures.tableWithDefaults()), "dynamodb.aws-owned-key", "orders");

        assertEquals(Severity.LOW, f.severity());
        assertTrue(f.message().contains("encrypted"), f.message());
    }

    @Test
    void aKeyInYourAccountIsSilent() {
        for (String key : new String[] {"aws-managed", "customer-managed"}) {
            DiagramBuilder d = Fixtures.tableWithDefaults();
            d.get("orders").set("keyType", key);

            assertSilent(analyze(d), "dynamodb.aws-owned-key");
        }
    }

    @Test
    void aPolicyLettingOtherAccountsInIsAnAccessFinding() {
        Finding f = assertFires(analyze(Fixtures.tableSharedWithAnotherAccount()), "dynamodb.cross-account-policy",
                "orders");

        assertEquals(Duty.GRANT_ACCESS, f.category());
    }

    @Test
    void noPolicyOrOneForTheOwnAccountIsSilent() {
        for (String policy : new String[] {"none", "same-account"}) {
            DiagramBuilder d = Fixtures.tableSharedWithAnotherAccount();
            d.get("orders").set("resourcePolicy", policy);

            assertSilent(analyze(d), "dynamodb.cross-account-policy");
        }
    }

    @Test
    void aHardenedTableHasNoFindingsAndNoEncryptionRuleExists() {
        DiagramBuilder d = new DiagramBuilder();
        Fixtures.hardenedTable(d, "orders");

        assertTrue(analyze(d).findings().isEmpty());
        // DynamoDB cannot store an unencrypted table, so no rule may claim it does.
        assertTrue(FindingAsserts.ANALYZER.rules().all().stream()
                .noneMatch(r -> r.id().startsWith("dynamodb.") && r.tagged(RuleSpec.UNENCRYPTED)));
    }
}
