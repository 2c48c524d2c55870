package dev.demarc.ui.details;

import dev.demarc.ui.overlay.Boundary;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The top of the panel: the component's type and name, and the boundary in one plain sentence ("AWS's part
 * ends at Guest operating system; you own 4 layers, share 5."), then the catalog's summary of the type.
 */
final class Header extends VBox {

    Header(Catalog catalog, TypeSpec spec, ComponentAnalysis analysis) {
        getStyleClass().add("details-header");
        Label type = Texts.wrapped(spec.name(), "details-type");
        Label name = Texts.wrapped(title(analysis.component()), "details-title");
        name.setId("details-title");
        Label boundary = Texts.wrapped(Boundary.sentence(catalog, analysis), "details-boundary");
        boundary.setId("details-boundary");
        Label summary = Texts.wrapped(spec.summary(), "details-summary");
        getChildren().addAll(type, name, boundary, summary);
    }

    /** "Orders database (db)", or the id alone when the component has no label. */
    static String title(Component c) {
        return c.label() == null || c.label().isBlank() ? c.id() : c.label() + " (" + c.id() + ")";
    }
}
