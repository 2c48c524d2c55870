package dev.demarc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every report says how current its facts are, and the Markdown report dates the defaults a diagram relies on. */
class ReportsAsOfTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final String BUCKET = "{\"format\": \"demarc-diagram\", \"formatVersion\": 2, "
            + "\"title\": \"Bucket\", \"components\": [{\"id\": \"b\", \"type\": \"S3\", \"x\": 0, \"y\": 0%s}]}";

    @Test
    void textReportEndsWithTheCatalogDate() {
        String text = ReportFormat.TEXT.render(reports(""), "test");

        assertTrue(text.endsWith("Catalog facts as of December 6, 2026\n"), text);
    }

    @Test
    void jsonReportCarriesTheCatalogDate() throws Exception {
        String json = ReportFormat.JSON.render(reports(""), "test");

        assertEquals("2026-12-06", new ObjectMapper().readTree(json).get("catalogAsOf").textValue());
    }

    @Test
    void markdownReportStatesTheCatalogDateUnderTheTitle() {
        String md = ReportFormat.MARKDOWN.render(reports(""), "test");

        assertTrue(md.startsWith("# Bucket\n\n_Catalog facts as of December 6, 2026._\n"), md);
    }

    @Test
    void markdownReportDatesTheDefaultsTheDiagramReliesOn() {
        String md = ReportFormat.MARKDOWN.render(reports(""), "test");

        assertTrue(md.contains("Default encryption (default SSE-S3): Default changed January 5, 2023; before: "), md);
        assertTrue(md.contains("Block Public Access (default on): Default changed April 2023"), md);
        assertTrue(md.contains("https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html"),
                "cites the page: " + md);
    }

    @Test
    void aSettingWrittenInTheFileIsNotDatedAsADefault() {
        String md = ReportFormat.MARKDOWN.render(reports(", \"properties\": {\"encryption\": \"SSE-KMS\"}"), "test");

        assertFalse(md.contains("Default encryption (default"), md);
        assertTrue(md.contains("Block Public Access (default on)"), md);
    }

    private static List<FileReport> reports(String properties) {
        try {
            byte[] text = String.format(BUCKET, properties).getBytes(StandardCharsets.UTF_8);
            Analysis a = new Analyzer(CATALOG).analyze(new DiagramReader(CATALOG).read(text).diagram());
            return List.of(FileReport.analyzed("bucket.json", a, List.of()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
