package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Finding;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.ComponentType;
import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.files.RecentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > Markdown Report writes the open diagram's checklist and every one of its findings. */
class ReportExportTest extends EditorTestBase {

    @Test
    void theReportHasAChecklistAndEveryFindingOfTheOpenDiagram(@TempDir Path dir) throws Exception {
        show(diagram(service("bucket", ComponentType.S3, 40, 40, null),
                service("web", ComponentType.EC2, 40, 200, null)));
        Catalog catalog = Catalog.builtIn();
        Preferences scratch = Preferences.userRoot().node("dev/demarc/report-test");
        DocumentActions documents = new DocumentActions(model, new DiagramReader(catalog),
                new DiagramWriter(catalog), dialogs, new RecentFiles(scratch));
        Path out = dir.resolve("report.md");

        interact(() -> new ReportExport(model, documents, stage).write(out));

        String report = Files.readString(out);
        assertTrue(report.contains("- [ ]"), "a checklist of the customer's duties");
        assertFalse(model.analysis().findings().isEmpty());
        for (Finding f : model.analysis().findings()) {
            assertTrue(report.contains("`" + f.rule() + "`"), f.rule() + " is missing from the report");
        }
        scratch.removeNode();
    }
}
