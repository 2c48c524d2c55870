package dev.demarc.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.CatalogException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code rules.json} names scanner checks: per tool, so that no id travels without its tool. */
class RuleBookScannersTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    @Test
    void checksAreReadPerToolInTheToolsOrder() throws Exception {
        RuleBook book = read("{\"cfn-nag\": [\"F22\"], \"checkov\": [\"CKV_AWS_17\"], "
                + "\"prowler\": [\"rds_instance_no_public_access\"]}");

        assertEquals(List.of(new ScannerCheck(Scanner.CHECKOV, "CKV_AWS_17"),
                new ScannerCheck(Scanner.PROWLER, "rds_instance_no_public_access"),
                new ScannerCheck(Scanner.CFN_NAG, "F22")), book.get("x.rule").references());
        assertEquals("Checkov CKV_AWS_17, Prowler rds_instance_no_public_access, cfn-nag F22",
                ScannerCheck.labels(book.get("x.rule").references()));
    }

    @Test
    void anEmptyObjectMeansNoScannerHasTheCheck() throws Exception {
        assertEquals(List.of(), read("{}").get("x.rule").references());
    }

    @Test
    void mistakesNameTheRuleAndWhatIsWrong() {
        assertRefused("{\"trivy\": [\"AVD-AWS-0086\"]}", "unknown scanner \"trivy\"");
        assertRefused("{\"checkov\": \"CKV_AWS_17\"}", "scanners.checkov must be a list");
        assertRefused("{\"checkov\": [17]}", "check ids are strings");
        assertRefused("{\"checkov\": [\" \"]}", "needs an id");
        assertRefused(null, "missing scanners");
    }

    @Test
    void theOldFlatListThatNamedNoToolIsRefused() {
        CatalogException e = assertThrows(CatalogException.class, () -> RuleBook.read(CATALOG, new ObjectMapper()
                .readTree(rule("\"scanners\": {}, \"references\": [\"F22\"]"))));
        assertTrue(e.getMessage().contains("rule 'x.rule'") && e.getMessage().contains("replaced by \"scanners\""),
                e.getMessage());
    }

    private static void assertRefused(String scanners, String expected) {
        CatalogException e = assertThrows(CatalogException.class, () -> read(scanners));
        assertTrue(e.getMessage().contains("rule 'x.rule'") && e.getMessage().contains(expected), e.getMessage());
    }

    private static RuleBook read(String scanners) throws Exception {
        return RuleBook.read(CATALOG, new ObjectMapper().readTree(rule(scanners == null ? ""
                : "\"scanners\": " + scanners)));
    }

    private static String rule(String scannersField) {
        return "{\"rules\": [{\"id\": \"x.rule\", \"severity\": \"LOW\", \"category\": \"EXPOSE\", \"title\": \"T\", "
                + "\"remediation\": \"R\"" + (scannersField.isEmpty() ? "" : ", " + scannersField) + "}]}";
    }
}
