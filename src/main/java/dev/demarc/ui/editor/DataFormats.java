package dev.demarc.ui.editor;

import javafx.scene.input.DataFormat;

/**
 * The app's own clipboard and drag-and-drop formats. A {@link DataFormat} may exist only once per JVM, so
 * they are created here, once.
 */
public final class DataFormats {

    /** A component type dragged from the palette; the content is the type id, e.g. {@code EC2}. */
    public static final DataFormat COMPONENT_TYPE = new DataFormat("application/x-demarc-component-type");

    /** Copied components: the content is a diagram file (format v1) holding just them. */
    public static final DataFormat DIAGRAM_FRAGMENT = new DataFormat("application/x-demarc-diagram");

    private DataFormats() {
    }
}
