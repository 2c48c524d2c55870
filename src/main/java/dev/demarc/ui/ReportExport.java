package dev.demarc.ui;

import dev.demarc.io.AtomicFiles;
import dev.demarc.io.SaveFailures;
import dev.demarc.report.MarkdownReport;
import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** File > Export > Markdown Report: the same checklist and findings as {@code demarc check --format markdown}. */
final class ReportExport {

    private final EditorModel model;
    private final DocumentActions documents;
    private final Dialogs dialogs;

    ReportExport(EditorModel model, DocumentActions documents, Dialogs dialogs) {
        this.model = model;
        this.documents = documents;
        this.dialogs = dialogs;
    }

    /** Asks for the file through the app's dialogs (as File > Export > PNG does), then writes the report. */
    void exportMarkdown() {
        Path folder = model.file() == null ? null : model.file().toAbsolutePath().getParent();
        dialogs.chooseExportFile(folder, documents.documentName().replaceFirst("\\.json$", "") + "-report.md",
                "Markdown (*.md)", "md").ifPresent(this::write);
    }

    void write(Path target) {
        String title = model.diagram().title() == null || model.diagram().title().isBlank()
                ? documents.documentName() : model.diagram().title();
        try {
            AtomicFiles.write(target, MarkdownReport.render(model.analysis(), title).getBytes(StandardCharsets.UTF_8));
            model.hint("Report exported to " + target);
        } catch (IOException e) {
            dialogs.showError("Export failed", "The report could not be written to " + target + ": "
                    + SaveFailures.reason(e) + ".\n\nThe diagram has not been changed.");
        }
    }
}
