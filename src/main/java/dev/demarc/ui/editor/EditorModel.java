package dev.demarc.ui.editor;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.edit.CommandStack;
import dev.demarc.edit.DiagramEdits;
import dev.demarc.edit.EditException;
import dev.demarc.model.Diagram;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * The open document as the views see it: the diagram, its analysis, the file it came from, the selection,
 * and undo. Views read its properties and call its methods; it never touches a node or a window, so it is
 * tested without a robot.
 *
 * <p>Every change goes through {@link #apply}: one call is one undo step. An edit that is refused (an
 * {@link EditException}) changes nothing and sets {@link #hintProperty() the hint} the window shows. Any other
 * exception is a bug (a duplicate id, say) and is not turned into a hint: it leaves {@code apply}, changing
 * nothing, and reaches the crash handler, which keeps the user's work and asks for a report.
 */
public final class EditorModel {

    private final Catalog catalog;
    private final Analyzer analyzer;
    private final DiagramEdits edits;
    private final CommandStack history = new CommandStack();

    /** From this many components on, analysis leaves the JavaFX thread (see {@link #analyze}). */
    public static final int BACKGROUND_ANALYSIS_FROM = 200;
    private static final Executor ANALYSIS_THREAD =
            Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "demarc-analysis");
                t.setDaemon(true);
                return t;
            });
    private long analysisTicket;
    private final ReadOnlyLongWrapper selectionRevision =
            new ReadOnlyLongWrapper(this, "selectionRevision");
    private boolean selecting;

    private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram",
            Diagram.empty());
    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyIntegerWrapper opened =
            new ReadOnlyIntegerWrapper(this, "opened");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<String> selectedConnections =
            FXCollections.observableSet(new LinkedHashSet<>());

    public EditorModel(Catalog catalog, Analyzer analyzer) {
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.edits = new DiagramEdits(catalog);
        analysis.set(analyzer.analyze(diagram.get()));
        SetChangeListener<String> bump = c -> {
            if (!selecting) {
                selectionRevision.set(selectionRevision.get() + 1);
            }
        };
        selection.addListener(bump);
        selectedConnections.addListener(bump);
        diagram.addListener((obs, old, now) -> {
            analyze(now);
            selection.retainAll(now.components().stream().map(c -> c.id()).toList());
            selectedConnections.retainAll(now.connections().stream().map(k -> k.id()).toList());
        });
    }

    /**
     * Re-runs the analyzer for {@code d}. Small diagrams are analyzed at once, so the findings always match
     * the diagram on screen; from {@link #BACKGROUND_ANALYSIS_FROM} components the analysis runs on a
     * background thread and the newest result replaces the old one when it is ready (a frame or two later),
     * so editing a large diagram never waits for it. Results for diagrams that were since replaced are
     * dropped.
     */
    private void analyze(Diagram d) {
        long ticket = ++analysisTicket;
        if (d.components().size() < BACKGROUND_ANALYSIS_FROM) {
            analysis.set(analyzer.analyze(d));
            return;
        }
        ANALYSIS_THREAD.execute(() -> {
            Analysis result = analyzer.analyze(d);
            Platform.runLater(() -> {
                if (ticket == analysisTicket) {
                    analysis.set(result);
                }
            });
        });
    }

    public Catalog catalog() {
        return catalog;
    }

    public DiagramEdits edits() {
        return edits;
    }

    /**
     * Applies {@code change} to the diagram as one undoable step described by {@code description}. Returns
     * whether the diagram changed; a refused edit ({@link EditException}) sets the hint instead, and any other
     * exception propagates.
     */
    public boolean apply(String description, UnaryOperator<Diagram> change) {
        return apply(description, change, null);
    }

    /** As {@link #apply(String, UnaryOperator)}; consecutive edits with the same merge key are one undo step. */
    public boolean apply(String description, UnaryOperator<Diagram> change, String mergeKey) {
        Diagram before = diagram.get();
        Diagram after;
        try {
            after = change.apply(before);
        } catch (EditException refused) {
            hint.set(refused.getMessage());
            return false;
        }
        if (after.equals(before)) {
            return false;
        }
        history.push(new CommandStack.Edit(description, before, after, mergeKey));
        hint.set("");
        diagram.set(after);
        refreshHistory();
        return true;
    }

    public void undo() {
        history.undo().ifPresent(d -> {
            diagram.set(d);
            refreshHistory();
        });
    }

    public void redo() {
        history.redo().ifPresent(d -> {
            diagram.set(d);
            refreshHistory();
        });
    }

    /** Replaces the document with {@code loaded} (from {@code path}, or null for a new one), forgetting history. */
    public void open(Diagram loaded, Path path) {
        selection.clear();
        selectedConnections.clear();
        diagram.set(loaded);
        file.set(path);
        history.clear();
        hint.set("");
        refreshHistory();
        opened.set(opened.get() + 1);
    }

    /**
     * Opens {@code recovered} (a diagram restored after a crash, belonging to {@code path} or to no file) as
     * {@link #open} does, but marked unsaved: closing or opening another asks to save it.
     */
    public void openUnsaved(Diagram recovered, Path path) {
        open(recovered, path);
        history.markUnsaved();
        refreshHistory();
    }

    /** Counts documents opened (new, file or sample): views that reset on a new document listen to it. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Records that the document was saved to {@code path}. */
    public void saved(Path path) {
        file.set(path);
        history.markSaved();
        refreshHistory();
    }

    /** Shows a message in the window's hint area (a refused gesture, a failed paste). */
    public void hint(String message) {
        hint.set(message == null ? "" : message);
    }

    public void select(Collection<String> componentIds) {
        changeSelection(() -> {
            selectedConnections.clear();
            selection.retainAll(componentIds);
            selection.addAll(componentIds);
        });
    }

    public void selectConnection(String id) {
        changeSelection(() -> {
            selection.clear();
            selectedConnections.retainAll(Set.of(id));
            selectedConnections.add(id);
        });
    }

    public void clearSelection() {
        changeSelection(() -> {
            selection.clear();
            selectedConnections.clear();
        });
    }

    /** Makes several selection changes count as one for {@link #selectionRevisionProperty()}. */
    private void changeSelection(Runnable change) {
        long before = selectionRevision.get();
        selecting = true;
        try {
            change.run();
        } finally {
            selecting = false;
        }
        selectionRevision.set(before + 1);
    }

    /**
     * Increases once per selection change: once for a whole {@link #select}, unlike the sets' own
     * notifications, which fire per element. Views that rebuild on selection (the inspector) follow this.
     */
    public ReadOnlyLongProperty selectionRevisionProperty() {
        return selectionRevision.getReadOnlyProperty();
    }

    /** The single selected component's id, when exactly one is selected. */
    public Optional<String> singleSelection() {
        return selection.size() == 1 ? Optional.of(selection.iterator().next()) : Optional.empty();
    }

    private void refreshHistory() {
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    public Diagram diagram() {
        return diagram.get();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public Analysis analysis() {
        return analysis.get();
    }

    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    public ObservableSet<String> selectedConnections() {
        return selectedConnections;
    }
}
