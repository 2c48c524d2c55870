package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export > Markdown Report writes the open diagram's checklist and every one of its findings. */
class ReportExportTest extends EditorTestBase {

    /** Fires File > Export > Markdown Report... as a click on the menu item would. */
    private void exportThroughTheMenu() {
        MenuItem item = fx(() -> {
            MenuBar bar = (MenuBar) lookup(".menu-bar").query();
            Menu file = bar.getMenus().stream().filter(m -> m.getText().equals("File"))
                    .findFirst().orElseThrow();
            Menu export = (Menu) file.getItems().stream()
                    .filter(i -> "Export".equals(i.getText())).findFirst().orElseThrow();
            return export.getItems().stream().filter(i -> "Markdown Report...".equals(i.getText())).findFirst()
                    .orElseThrow();
        });
        interact(item::fire);
    }

    @Test
    void theMenuAsksWhereAndWritesTheReportThere(@TempDir Path dir) throws Exception {
        show(diagram(service("bucket", ComponentType.S3, 40, 40, null)));
        Path out = dir.resolve("chosen.md");
        dialogs.answerExportWith(out);

        exportThroughTheMenu();

        assertEquals(List.of("Untitled-report.md"), dialogs.suggestedExportNames());
        assertTrue(Files.readString(out).contains("- [ ]"));
    }

    @Test
    void aReportThatCannotBeWrittenIsAnErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        show(diagram(service("bucket", ComponentType.S3, 40, 40, null)));
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        dialogs.answerExportWith(notAFolder.resolve("report.md"));

        exportThroughTheMenu();

        assertEquals(1, dialogs.errors().size());
        assertEquals("Export failed", dialogs.errors().get(0).title());
        assertTrue(dialogs.errors().get(0).message().contains(notAFolder.resolve("report.md").toString()),
                dialogs.errors().get(0).message());
        assertFalse(model.isDirty());
    }

    @Test
    void theReportHasAChecklistAndEveryFindingOfTheOpenDiagram(@TempDir Path dir) throws Exception {
        show(diagram(service("bucket", ComponentType.S3, 40, 40, null),
                service("web", ComponentType.EC2, 40, 200, null)));
        Catalog catalog = Catalog.builtIn();
        Preferences scratch = Preferences.userRoot().node("dev/demarc/report-test");
        DocumentActions documents = new DocumentActions(model, new DiagramReader(catalog),
                new DiagramWriter(catalog), dialogs, new RecentFiles(scratch));
        Path out = dir.resolve("report.md");

        interact(() -> new ReportExport(model, documents, dialogs).write(out));

        String report = Files.readString(out);
        assertTrue(report.contains("- [ ]"), "a checklist of the customer's duties");
        assertFalse(model.analysis().findings().isEmpty());
        for (Finding f : model.analysis().findings()) {
            assertTrue(report.contains("`" + f.rule() + "`"), f.rule() + " is missing from the report");
        }
        scratch.removeNode();
    }
}
