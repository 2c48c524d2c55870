package dev.demarc.ui;

import dev.demarc.io.AtomicFiles;
import dev.demarc.report.MarkdownReport;
import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.editor.EditorModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** File > Export > Markdown Report: the same checklist and findings as {@code demarc check --format markdown}. */
final class ReportExport {

    private final EditorModel model;
    private final DocumentActions documents;
    private final Stage owner;

    ReportExport(EditorModel model, DocumentActions documents, Stage owner) {
        this.model = model;
        this.documents = documents;
        this.owner = owner;
    }

    void exportMarkdown() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Markdown Report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Markdown (*.md)", "*.md"));
        chooser.setInitialFileName(documents.documentName().replaceFirst("\\.json$", "") + "-report.md");
        if (model.file() != null && model.file().toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(model.file().toAbsolutePath().getParent().toFile());
        }
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            write(file.toPath());
        }
    }

    void write(Path target) {
        String title = model.diagram().title() == null || model.diagram().title().isBlank()
                ? documents.documentName() : model.diagram().title();
        try {
            AtomicFiles.write(target, MarkdownReport.render(model.analysis(), title).getBytes(StandardCharsets.UTF_8));
            model.hint("Report exported to " + target);
        } catch (IOException e) {
            model.hint("The report could not be written to " + target + ": " + e.getMessage());
        }
    }
}
