package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.model.ComponentType;
import dev.demarc.ui.look.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * At the default 1440 x 900 window the overlay bar is one line in both themes: the lenses and the Legend switch
 * side by side, so the bar does not take a second line of the canvas' height.
 */
class OverlayBarFitTest extends EditorTestBase {

    @Test
    void theLensesAndTheLegendSwitchShareOneLineInBothThemes() {
        show(diagram(service("web", ComponentType.EC2, 40, 40, null)));
        interact(() -> canvas.showOverlayProperty().set(true));
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.HIGH_CONTRAST}) {
            interact(theme::select);
            double[] tops = DefaultSizeWindow.at1440x900(window, scene -> {
                Node lenses = scene.lookup("#lenses");
                Node legend = scene.lookup("#legend-toggle");
                Bounds a = lenses.localToScene(lenses.getBoundsInLocal());
                Bounds b = legend.localToScene(legend.getBoundsInLocal());
                return new double[] {a.getCenterY(), b.getCenterY(), a.getHeight()};
            });
            // Centred on one line; wrapped, the switch's centre is a whole line (about 40 px) lower.
            assertEquals(tops[0], tops[1], tops[2] / 2, theme + ": the Legend switch wrapped under the lenses");
        }
        interact(Theme.LIGHT::select);
    }
}
