package dev.demarc.ui;

import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.AtomicFiles;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.io.FileOps;
import dev.demarc.model.ComponentType;
import dev.demarc.recovery.AppFolder;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.details.DetailsView;
import dev.demarc.ui.editor.ClipboardActions;
import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.files.Dialogs;
import dev.demarc.ui.files.RecentFiles;
import dev.demarc.ui.findings.FindingsView;
import dev.demarc.ui.inspector.InspectorView;
import dev.demarc.ui.look.Theme;
import dev.demarc.ui.overlay.OverlayBar;
import dev.demarc.ui.overlay.OverlayView;
import dev.demarc.ui.palette.PaletteView;
import dev.demarc.ui.present.PresentMode;
import dev.demarc.ui.recovery.RecoveryDialogs;
import dev.demarc.ui.recovery.SafetyNet;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

/**
 * The editor window and the one place the editor is wired: {@link #build} creates the model and the services a
 * window needs (reading, writing, recent files, dialogs, clipboard, crash safety), and the constructor creates
 * the views (palette, canvas with its overlay, findings, inspector, details, presentation, menus) and binds them
 * to the model. Menu bar and tool bar on top, palette on the left, the canvas over the findings list in the
 * middle, the inspector on the right and a status bar at the bottom. Tests build the same window through
 * {@link #build} with fake dialogs and their own preferences.
 */
public final class MainWindow {

    private final Stage stage;
    private final EditorModel model;
    private final DocumentActions documents;
    private final DiagramCanvas canvas;
    private final BorderPane root = new BorderPane();
    private final SplitPane centre;
    private final SplitPane main;
    private final FindingsView findings;
    private final TabPane side;
    private final PresentMode present;
    private final VBox top;
    private final Node status;
    private final BorderPane canvasPane;
    private int tabBeforePresenting;
    private final VBox legendDock = new VBox();
    private final OverlayView overlay;

    /** Builds the editor window on {@code stage}; the caller shows it. */
    public static MainWindow build(Stage stage, Function<Stage, Dialogs> dialogsFactory, Preferences prefs) {
        return build(stage, dialogsFactory, prefs, FileOps.system());
    }

    /** As {@link #build(Stage, Function, Preferences)}, saving through {@code files} (tests make them fail). */
    public static MainWindow build(Stage stage, Function<Stage, Dialogs> dialogsFactory, Preferences prefs,
            FileOps files) {
        return build(stage, dialogsFactory, prefs, files, null);
    }

    /**
     * Crash safety for a window: the application folder for recovery copies and the log, the recovery
     * questions, and how often unsaved work is copied.
     */
    public record Safety(AppFolder folder, Function<Stage, RecoveryDialogs> dialogs, Duration autosaveEvery) {
    }

    /**
     * As {@link #build(Stage, Function, Preferences, FileOps)}, with autosave, recovery and the error handler
     * unless {@code safety} is null.
     */
    public static MainWindow build(Stage stage, Function<Stage, Dialogs> dialogsFactory, Preferences prefs,
            FileOps files, Safety safety) {
        Catalog catalog = Catalog.builtIn();
        EditorModel model = new EditorModel(catalog, new Analyzer(catalog));
        DiagramReader reader = new DiagramReader(catalog);
        DiagramWriter writer = new DiagramWriter(catalog, new AtomicFiles(files));
        RecentFiles recent = new RecentFiles(prefs);
        Dialogs dialogs = dialogsFactory.apply(stage);
        DocumentActions documents = new DocumentActions(model, reader, writer, dialogs, recent);
        if (safety != null) {
            SafetyNet.attach(stage, model, documents::documentName, dialogs, writer, reader, safety.folder(),
                    safety.dialogs().apply(stage), safety.autosaveEvery());
        }
        ClipboardActions clipboard = new ClipboardActions(model, reader, writer);
        MainMenus.Settings settings = new MainMenus.Settings(prefs, recent, () -> {
            if (documents.confirmDiscard()) {
                stage.hide();
                Platform.exit();
            }
        }, dialogs);
        return new MainWindow(stage, model, documents, clipboard, settings, new InspectorView(model),
                new DetailsView(model, dialogs::openLink));
    }

    public MainWindow(Stage stage, EditorModel model, DocumentActions documents, ClipboardActions clipboard,
            MainMenus.Settings settings, Node inspector, DetailsView details) {
        this.stage = stage;
        this.model = model;
        this.documents = documents;
        this.canvas = new DiagramCanvas(model, true);
        // The responsibility overlay draws into the canvas' overlay layer; it lives as long as the canvas.
        OverlayView overlay = new OverlayView(model, canvas);

        PaletteView palette = new PaletteView(model.catalog(), this::placeAtCentre);
        findings = new FindingsView(model, this::reveal);
        overlay.followSelectedFinding(findings.selectedFindingProperty());
        canvas.showWhenEmpty(new GettingStarted(documents, stage));
        BorderPane canvasPane = new BorderPane(canvas);
        canvasPane.setTop(new OverlayBar(overlay, canvas.showOverlayProperty()));
        // The legend is docked under the canvas, never over the diagram; the Legend switch collapses it.
        legendDock.getStyleClass().add("overlay-legend-dock");
        canvasPane.setBottom(legendDock);
        overlay.dockLegend(legendDock);
        this.overlay = overlay;
        canvasPane.setMinHeight(0);
        centre = new SplitPane(canvasPane, findings);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.76);
        findings.setMinHeight(90);
        palette.setMinWidth(190);
        side = sidePanel(inspector, details);
        main = new SplitPane(palette, centre, side);
        main.setDividerPositions(0.11, 0.72);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(side, false);

        present = new PresentMode(stage, model, canvas, overlay, this::hideChrome);
        MainMenus menus = new MainMenus(this, model, documents, clipboard, canvas, settings);
        overlay.setCompareAction(menus::showCompare);
        top = new VBox(menus.menuBar(), menus.toolBar());
        status = statusBar();
        this.canvasPane = canvasPane;
        root.setTop(top);
        root.setCenter(main);
        root.setBottom(status);
        root.getStyleClass().add("main-window");

        Scene scene = new Scene(root);
        scene.getStylesheets().add(MainWindow.class.getResource("demarc.css").toExternalForm());
        scene.setOnDragOver(this::dragOverWindow);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F6), () -> cycleFocus(side, false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN),
                () -> cycleFocus(side, true));
        scene.setOnDragDropped(this::dropOnWindow);
        stage.setScene(scene);
        Theme.load(settings.prefs()).select();
        Theme.follow(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(this::title, model.fileProperty(),
                model.dirtyProperty(), model.diagramProperty()));
        stage.setOnCloseRequest(e -> {
            // Closed while presenting: put the editor back first, so the window's size and the overlay
            // setting are remembered as the user had them, not as the presentation did.
            present.stop();
            if (!documents.confirmDiscard()) {
                e.consume();
            }
        });
    }

    /**
     * Puts the dividers where a new window has them: the canvas takes most of the room, the findings table
     * a strip below it. Called once the window has its real size, since a split pane keeps its children's
     * sizes from its first layout when the window grows afterwards.
     */
    public void placeDividers() {
        centre.setDividerPositions(0.76);
        main.setDividerPositions(0.11, 0.72);
    }

    /**
     * The right-hand side: the component's settings, and who is responsible for each of its layers. The
     * responsibility tab comes forward when the overlay is switched on, since that is what the overlay is about.
     */
    private TabPane sidePanel(Node inspector, DetailsView details) {
        Tab settingsTab = new Tab("Settings", inspector);
        settingsTab.setId("tab-settings");
        Tab responsibility = new Tab("Responsibility", details);
        responsibility.setId("tab-responsibility");
        TabPane tabs = new TabPane(settingsTab, responsibility);
        tabs.setId("side-panel");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setMinWidth(440);
        // The details panel only builds while its tab is in front.
        details.showingProperty().bind(responsibility.selectedProperty());
        canvas.showOverlayProperty().addListener((o, a, on) -> {
            if (on) {
                tabs.getSelectionModel().select(responsibility);
            }
        });
        return tabs;
    }

    /** View > Present: the diagram full screen, stepping through the boundary (Esc leaves). */
    public PresentMode presentMode() {
        return present;
    }

    /**
     * Takes the editing chrome away for a presentation, leaving only the canvas, or puts it back as it was
     * (the overlay switched on for the presentation brings the Responsibility tab forward; the user's tab
     * comes back).
     */
    private void hideChrome(boolean hide) {
        if (hide) {
            // The presentation shows the legend on the canvas, the only thing left on screen.
            overlay.dockLegend(null);
            tabBeforePresenting = side.getSelectionModel().getSelectedIndex();
            root.setTop(null);
            root.setBottom(null);
            root.setCenter(canvas);
        } else {
            canvasPane.setCenter(canvas);
            overlay.dockLegend(legendDock);
            root.setTop(top);
            root.setCenter(main);
            root.setBottom(status);
            side.getSelectionModel().select(tabBeforePresenting);
        }
    }

    /** Opens a diagram file given on the command line or dropped on the window. */
    public void open(Path file) {
        documents.open(file);
    }

    public EditorModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    private String title() {
        return documents.documentName() + (model.isDirty() ? " *" : "") + " - Demarc";
    }

    private void placeAtCentre(ComponentType type) {
        canvas.placeAtCentre(type);
        canvas.requestFocus();
    }

    /**
     * Brings a finding's components into view, for an exposure the whole way in from the VPC's gateway;
     * when they are already wholly on screen the view keeps still, so a click does not lose the student's
     * place.
     */
    private void reveal(Finding f) {
        if (!f.components().isEmpty() && canvas.isFullyVisible(f.components())) {
            return;
        }
        List<String> ids = new ArrayList<>(f.components());
        if (!f.components().isEmpty()) {
            model.analysis().exposurePath(f.components().get(0)).ifPresent(p -> p.hops().stream()
                    .map(ExposurePath.Hop::component).filter(id -> !id.isEmpty() && !ids.contains(id))
                    .forEach(ids::add));
        }
        canvas.reveal(ids);
    }

    /**
     * F6 and Shift+F6 move the keyboard focus between the window's panes, canvas, findings and inspector, as
     * in most desktop editors; inside each pane Tab and the arrow keys do the rest.
     */
    private void cycleFocus(Node inspector, boolean backwards) {
        int current = canvas.isFocused() ? 0 : isWithin(findings) ? 1 : isWithin(inspector) ? 2 : -1;
        int next = backwards ? (current <= 0 ? 2 : current - 1) : (current + 1) % 3;
        switch (next) {
            case 0 -> canvas.requestFocus();
            case 1 -> findings.focusTable();
            default -> inspector.requestFocus();
        }
    }

    private boolean isWithin(Node pane) {
        Node n = stage.getScene() == null ? null : stage.getScene().getFocusOwner();
        while (n != null && n != pane) {
            n = n.getParent();
        }
        return n != null;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> model.hintProperty().get().isEmpty()
                ? summary() : model.hintProperty().get(), model.hintProperty(), model.analysisProperty()));
        Label selection = new Label();
        selection.setId("status-selection");
        selection.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.selection().size() + model.selectedConnections().size();
            return n == 0 ? "Nothing selected" : n + " selected";
        }, model.selection(), model.selectedConnections()));
        Label zoom = new Label();
        zoom.setId("status-zoom");
        zoom.textProperty().bind(Bindings.createStringBinding(() ->
                Math.round(canvas.getZoom() * 100) + "%", canvas.zoomProperty()));
        bar.getRightItems().addAll(selection, new Label("  |  "), zoom);
        return bar;
    }

    private String summary() {
        Map<Severity, Integer> counts = model.analysis().countsBySeverity();
        int total = model.analysis().findings().size();
        int components = model.analysis().components().size();
        if (components == 0) {
            return "Nothing to check yet: drag a VPC from the palette onto the canvas to start.";
        }
        return components + (components == 1 ? " component, " : " components, ") + total
                + (total == 1 ? " finding" : " findings") + (total == 0 ? "" : ": " + counts.entrySet().stream()
                        .filter(e -> e.getValue() > 0)
                        .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", ")));
    }

    private void dragOverWindow(DragEvent e) {
        if (e.getDragboard().hasFiles() && !e.isConsumed()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
    }

    private void dropOnWindow(DragEvent e) {
        if (e.isConsumed() || !e.getDragboard().hasFiles()) {
            return;
        }
        List<File> files = e.getDragboard().getFiles();
        if (!files.isEmpty()) {
            Path file = files.get(0).toPath();
            e.setDropCompleted(true);
            e.consume();
            // Opened after the drop finishes, so a "save changes?" dialog does not block the platform's drag.
            Platform.runLater(() -> documents.open(file));
        }
    }
}
