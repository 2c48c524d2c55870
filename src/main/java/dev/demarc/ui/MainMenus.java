package dev.demarc.ui;

import dev.demarc.ui.look.Theme;
import dev.demarc.ui.canvas.DiagramCanvas;
import dev.demarc.ui.editor.ClipboardActions;
import dev.demarc.ui.editor.DocumentActions;
import dev.demarc.ui.editor.EditorModel;
import dev.demarc.ui.editor.Samples;
import dev.demarc.ui.export.PngExport;
import dev.demarc.ui.files.Dialogs;
import dev.demarc.ui.files.RecentFiles;
import dev.demarc.ui.teach.TeachWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar and tool bar of the main window, with their standard accelerators. Every item calls an
 * action object; nothing here decides anything about diagrams.
 */
public final class MainMenus {

    /** View settings kept between runs, the recent files, how to quit, and the dialogs (for the quiz's export). */
    public record Settings(Preferences prefs, RecentFiles recent, Runnable quit, Dialogs dialogs) {
    }

    private final MainWindow window;
    private final EditorModel model;
    private final DocumentActions documents;
    private final ClipboardActions clipboard;
    private final DiagramCanvas canvas;
    private final Settings settings;
    private final TeachWindows teach;
    private final MenuBar menuBar = new MenuBar();
    private final ToolBar toolBar = new ToolBar();

    MainMenus(MainWindow window, EditorModel model, DocumentActions documents, ClipboardActions clipboard,
            DiagramCanvas canvas, Settings settings) {
        this.window = window;
        this.model = model;
        this.documents = documents;
        this.clipboard = clipboard;
        this.canvas = canvas;
        this.settings = settings;
        this.teach = new TeachWindows(window.stage(), model, settings.dialogs());
        menuBar.setUseSystemMenuBar(true);
        menuBar.getMenus().addAll(fileMenu(), editMenu(), viewMenu(), helpMenu());
        buildToolBar();
    }

    /** Opens Compare Services, as F7 does (the overlay's expanded stack links there). */
    public void showCompare() {
        teach.showCompare();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    ToolBar toolBar() {
        return toolBar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu samples = new Menu("Open Sample");
        samples.setId("menu-open-sample");
        for (String name : Samples.names()) {
            samples.getItems().add(item(Samples.menuLabel(name), null, e -> documents.openSample(name)));
        }
        Menu export = new Menu("Export");
        export.getItems().add(item("Markdown Report...", null, e -> new ReportExport(model, documents,
                settings.dialogs()).exportMarkdown()));
        export.getItems().add(item("PNG...", null, e -> new PngExport(model, settings.dialogs(), settings.prefs(),
                window.stage()).run(canvas.showOverlayProperty().get(), documents.documentName())));
        return menu("File", "menu-file",
                item("New", shortcut(KeyCode.N), e -> documents.newDiagram()),
                item("Open...", shortcut(KeyCode.O), e -> documents.open()),
                recent, samples, new SeparatorMenuItem(),
                item("Save", shortcut(KeyCode.S), e -> documents.save()),
                item("Save As...", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), e -> documents.saveAs()),
                export, new SeparatorMenuItem(),
                item("Quit", shortcut(KeyCode.Q), e -> settings.quit().run()));
    }

    /** Opens a recent diagram; one that no longer exists leaves the list (the error has said so). */
    private void openRecent(Path p) {
        if (!documents.open(p) && !Files.exists(p)) {
            settings.recent().remove(p);
        }
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        settings.recent().files().forEach(p -> recent.getItems().add(item(p.getFileName() + "  (" + parent(p) + ")",
                null, e -> openRecent(p))));
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent diagrams");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private static String parent(Path p) {
        return p.getParent() == null ? "" : p.getParent().toString();
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", shortcut(KeyCode.Z), e -> model.undo());
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("Redo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), e -> model.redo());
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        MenuItem redoY = item("Redo (alternative)", shortcut(KeyCode.Y), e -> model.redo());
        redoY.setVisible(false);
        MenuItem delete = item("Delete", new KeyCodeCombination(KeyCode.DELETE), e -> unlessTyping(clipboard::delete));
        MenuItem backspace = item("Delete (Backspace)", new KeyCodeCombination(KeyCode.BACK_SPACE),
                e -> unlessTyping(clipboard::delete));
        backspace.setVisible(false);
        return menu("Edit", "menu-edit", undo, redo, redoY, new SeparatorMenuItem(),
                item("Cut", shortcut(KeyCode.X), e -> unlessTyping(clipboard::cut)),
                item("Copy", shortcut(KeyCode.C), e -> unlessTyping(clipboard::copy)),
                item("Paste", shortcut(KeyCode.V), e -> unlessTyping(clipboard::paste)),
                // Guarded like Cut/Copy/Paste: Shortcut+D typed while renaming must not copy the component.
                item("Duplicate", shortcut(KeyCode.D), e -> unlessTyping(clipboard::duplicate)),
                delete, backspace, new SeparatorMenuItem(),
                item("Select All", shortcut(KeyCode.A), e -> unlessTyping(clipboard::selectAll)),
                item("Rename", new KeyCodeCombination(KeyCode.F2), e -> canvas.renameSelected()),
                item("Connect Selected", shortcut(KeyCode.L), e -> clipboard.connectSelected()));
    }

    /** Runs an edit shortcut unless a text field has the focus, where the keys belong to the text. */
    private void unlessTyping(Runnable action) {
        if (!(window.stage().getScene().getFocusOwner() instanceof TextInputControl)) {
            action.run();
        }
    }

    private Menu viewMenu() {
        CheckMenuItem grid = check("Show Grid", "view.grid", canvas.showGridProperty());
        grid.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        CheckMenuItem snap = check("Snap to Grid", "view.snap", canvas.snapToGridProperty());
        // The responsibility overlay (dev.demarc.ui.overlay): off by default, remembered like the grid.
        CheckMenuItem overlay = check("Responsibility Overlay", "view.overlay", canvas.showOverlayProperty());
        overlay.setAccelerator(shortcut(KeyCode.R));
        Menu themes = new Menu("Theme");
        themes.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        Theme current = Theme.load(settings.prefs());
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.displayName());
            item.setId("menu-theme-" + t.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(t == current);
            item.setOnAction(e -> {
                t.save(settings.prefs());
                t.select();
            });
            themes.getItems().add(item);
        }
        // Ctrl++ on the keypad zooms in too, through a hidden item: the menu lists Zoom In once.
        MenuItem zoomInPlus = item("Zoom In (keypad plus)", new KeyCodeCombination(KeyCode.ADD,
                KeyCombination.SHORTCUT_DOWN), e -> canvas.zoomBy(1.25));
        zoomInPlus.setVisible(false);
        return menu("View", "menu-view",
                item("Zoom In", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                        e -> canvas.zoomBy(1.25)),
                zoomInPlus,
                item("Zoom Out", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                        e -> canvas.zoomBy(1 / 1.25)),
                item("Zoom to Fit", new KeyCodeCombination(KeyCode.DIGIT9, KeyCombination.SHORTCUT_DOWN),
                        e -> canvas.zoomToFit()),
                item("Actual Size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                        e -> canvas.actualSize()),
                new SeparatorMenuItem(), overlay, grid, snap, new SeparatorMenuItem(),
                // Teaching: the presentation, and the windows of dev.demarc.ui.teach.
                item("Present", new KeyCodeCombination(KeyCode.F5), e -> window.presentMode().start()),
                item("Compare Services...", new KeyCodeCombination(KeyCode.F7), e -> teach.showCompare()),
                item("Quiz...", new KeyCodeCombination(KeyCode.F8), e -> teach.showQuiz()),
                new SeparatorMenuItem(), themes);
    }

    private CheckMenuItem check(String text, String key, BooleanProperty property) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId("menu-" + key.replace('.', '-'));
        property.set(settings.prefs().getBoolean(key, property.get()));
        item.selectedProperty().bindBidirectional(property);
        property.addListener((o, a, b) -> settings.prefs().putBoolean(key, b));
        return item;
    }

    private Menu helpMenu() {
        return menu("Help", "menu-help",
                item("Getting Started", null, e -> HelpDialogs.guide(window.stage())),
                item("Keyboard Shortcuts", new KeyCodeCombination(KeyCode.F1),
                        e -> HelpDialogs.shortcuts(window.stage())),
                item("About Demarc", null, e -> HelpDialogs.about(window.stage())));
    }

    private void buildToolBar() {
        toolBar.getItems().addAll(
                button("New", "Start a new, empty diagram (Ctrl+N)", e -> documents.newDiagram()),
                button("Open", "Open a diagram file (Ctrl+O)", e -> documents.open()),
                button("Save", "Save the diagram (Ctrl+S)", e -> documents.save()),
                new Separator(),
                undoButton(),
                redoButton(),
                new Separator(),
                button("Zoom to Fit", "Show the whole diagram (Ctrl+9)", e -> canvas.zoomToFit()),
                gridToggle(),
                overlayToggle());
    }

    private Button undoButton() {
        Button b = button("Undo", "Undo the last change (Ctrl+Z)", e -> model.undo());
        b.disableProperty().bind(model.canUndoProperty().not());
        return b;
    }

    private Button redoButton() {
        Button b = button("Redo", "Redo (Ctrl+Shift+Z)", e -> model.redo());
        b.disableProperty().bind(model.canRedoProperty().not());
        return b;
    }

    private ToggleButton gridToggle() {
        ToggleButton t = new ToggleButton("Snap");
        t.setId("toolbar-snap");
        t.setTooltip(new Tooltip("Snap moved components to the grid"));
        t.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        return t;
    }

    private ToggleButton overlayToggle() {
        ToggleButton t = new ToggleButton("Overlay");
        t.setId("toolbar-overlay");
        t.setTooltip(new Tooltip("Show who is responsible for each layer of every component (Ctrl+R)"));
        t.setFocusTraversable(false);
        t.selectedProperty().bindBidirectional(canvas.showOverlayProperty());
        return t;
    }

    private static Button button(String text, String tip, EventHandler<ActionEvent> action) {
        Button b = new Button(text);
        b.setId("toolbar-" + text.toLowerCase(Locale.ROOT).replace(' ', '-'));
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(action);
        b.setFocusTraversable(false);
        return b;
    }

    private static Menu menu(String text, String id, MenuItem... items) {
        Menu m = new Menu(text);
        m.setId(id);
        m.getItems().addAll(items);
        return m;
    }

    private static MenuItem item(String text, KeyCombination accelerator, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", ""));
        item.setAccelerator(accelerator);
        item.setOnAction(action);
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
