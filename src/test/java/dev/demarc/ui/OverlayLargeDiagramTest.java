package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching the overlay on for a large diagram builds its views a batch per frame with the progress in the
 * status bar, instead of freezing the window, and ends with every component covered.
 */
class OverlayLargeDiagramTest extends EditorTestBase {

    private static final int BUCKETS = 260;

    private int stacks() {
        return fx(() -> canvas.overlayLayer().lookupAll(".layer-stack").size());
    }

    @Test
    void theOverlayOfALargeDiagramIsBuiltInStepsWithProgressShown() throws Exception {
        List<Component> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKETS; i++) {
            buckets.add(Component.of("b" + i, ComponentType.S3, (i % 20) * 260.0, (i / 20) * 260.0));
        }
        interact(() -> model.open(new Diagram(null, buckets, List.of()), null));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> fx(() -> model.analysis().components().size()) == BUCKETS);

        int right = fx(() -> {
            canvas.showOverlayProperty().set(true);
            return canvas.overlayLayer().lookupAll(".layer-stack").size();
        });
        String hint = fx(() -> model.hintProperty().get());

        assertTrue(right < BUCKETS, "not everything is built in the frame that switched it on: " + right);
        assertTrue(hint.startsWith("Drawing the responsibility overlay: "), hint);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stacks() == BUCKETS);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> model.hintProperty().get()).isEmpty());
        assertEquals(BUCKETS, fx(() -> canvas.overlayLayer().lookupAll(".duty-badges").size()));
    }
}
