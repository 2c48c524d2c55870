package dev.demarc.ui.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Every type's icon takes exactly the size asked for, so cards and palette entries line up whatever their icon
 * covers, and draws its own shapes (not the square drawn for a missing icon file), scaled into that box.
 */
@ExtendWith(ApplicationExtension.class)
class IconsTest {

    private final Catalog catalog = Catalog.builtIn();

    @Test
    void everyIconIsExactlyTheSizeAskedForAndItsShapesStayInside() {
        for (TypeSpec type : catalog.types()) {
            for (double size : new double[] {22, 34}) {
                Node icon = Icons.of(type, size);
                Bounds box = icon.getLayoutBounds();
                assertEquals(0, box.getMinX(), 1e-9, type.type() + " at " + size);
                assertEquals(0, box.getMinY(), 1e-9, type.type() + " at " + size);
                assertEquals(size, box.getWidth(), 1e-9, type.type() + " at " + size);
                assertEquals(size, box.getHeight(), 1e-9, type.type() + " at " + size);
                List<String> shapes = ((Group) icon).getChildren().stream().filter(n -> n instanceof SVGPath)
                        .map(n -> ((SVGPath) n).getContent()).toList();
                assertFalse(shapes.isEmpty(), type.type() + " draws no shape");
                assertFalse(shapes.contains(Icons.MISSING), type.type() + " draws the missing-icon square");
            }
        }
    }

    @Test
    void aBrokenIconFileDrawsTheMissingSquareAndTheNextIconFileStillLoads() {
        assertEquals(List.of(Icons.MISSING), shapesOf(Icons.of(withIcon("test-broken-icon.svg"), 24)));

        // A file no other test loads, so it is parsed now, by the parser that read the broken file or a new one.
        assertEquals(List.of("M2 2H9V9Z"), shapesOf(Icons.of(withIcon("test-good-icon.svg"), 24)));
    }

    private TypeSpec withIcon(String file) {
        TypeSpec t = catalog.types().iterator().next();
        return new TypeSpec(t.type(), t.name(), t.shortName(), t.group(), t.serviceClass(), t.summary(), file,
                t.defaultWidth(), t.defaultHeight(), t.container(), t.placement(), t.properties(), t.layers(),
                t.examSignals());
    }

    private static List<String> shapesOf(Node icon) {
        return ((Group) icon).getChildren().stream().filter(n -> n instanceof SVGPath)
                .map(n -> ((SVGPath) n).getContent()).toList();
    }
}
