package dev.demarc.ui.editor;

import dev.demarc.edit.DiagramEdits;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Diagram;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Cut, copy, paste and duplicate. Copied components go to the system clipboard as a small diagram file
 * (our own format and plain text), so they paste into another window, after New, or into a text editor.
 * Pasted components get fresh ids and land offset from the originals, further with each paste.
 */
public final class ClipboardActions {

    private static final double OFFSET = 30;

    private final EditorModel model;
    private final DiagramReader reader;
    private final DiagramWriter writer;
    private int pasteCount;

    public ClipboardActions(EditorModel model, DiagramReader reader, DiagramWriter writer) {
        this.model = model;
        this.reader = reader;
        this.writer = writer;
    }

    public void copy() {
        if (model.selection().isEmpty()) {
            return;
        }
        Diagram fragment = model.edits().fragment(model.diagram(), model.selection());
        String json = new String(writer.toBytes(fragment), StandardCharsets.UTF_8);
        ClipboardContent content = new ClipboardContent();
        content.put(DataFormats.DIAGRAM_FRAGMENT, json);
        content.putString(json);
        Clipboard.getSystemClipboard().setContent(content);
        pasteCount = 0;
    }

    public void cut() {
        if (model.selection().isEmpty()) {
            return;
        }
        copy();
        delete();
    }

    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        Object data = clipboard.getContent(DataFormats.DIAGRAM_FRAGMENT);
        String json = data instanceof String s ? s : clipboard.getString();
        if (json == null || json.isBlank()) {
            model.hint("The clipboard is empty.");
            return;
        }
        Diagram fragment;
        try {
            fragment = reader.read(json.getBytes(StandardCharsets.UTF_8)).diagram();
        } catch (DiagramLoadException e) {
            model.hint("The clipboard does not hold Demarc components (" + e.first().message() + ").");
            return;
        }
        pasteCount++;
        insert("Paste", fragment, OFFSET * pasteCount);
    }

    /** Copies the selection in place, offset, without touching the clipboard. */
    public void duplicate() {
        if (model.selection().isEmpty()) {
            return;
        }
        insert("Duplicate", model.edits().fragment(model.diagram(), model.selection()), OFFSET);
    }

    /** Adds a fragment as one undoable edit, moved by {@code offset}, and selects what was added. */
    private void insert(String description, Diagram fragment, double offset) {
        DiagramEdits.Pasted[] result = new DiagramEdits.Pasted[1];
        if (model.apply(description, d -> {
            result[0] = model.edits().paste(d, fragment, offset, offset);
            return result[0].diagram();
        })) {
            model.select(result[0].ids());
        }
    }

    public void delete() {
        Set<String> components = Set.copyOf(model.selection());
        Set<String> connections = Set.copyOf(model.selectedConnections());
        if (components.isEmpty() && connections.isEmpty()) {
            return;
        }
        String what = components.isEmpty() ? "Delete connection" : "Delete";
        model.apply(what, d -> model.edits().delete(d, components, connections));
    }

    public void selectAll() {
        model.select(model.diagram().components().stream().map(c -> c.id()).toList());
    }

    /** Connects the two selected components, first selected to second (a keyboard way to connect). */
    public void connectSelected() {
        List<String> ids = List.copyOf(model.selection());
        if (ids.size() != 2) {
            model.hint("Select exactly two components to connect them (the first selected sends the requests).");
            return;
        }
        model.apply("Connect", d -> model.edits().connect(d, ids.get(0), ids.get(1)));
    }
}
