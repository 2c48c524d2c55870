package dev.demarc.ui;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.ui.editor.EditorModel;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures what one keystroke in a label costs the JavaFX thread: {@code EDITS} label edits, each one
 * {@link EditorModel#apply} as the inspector's label field makes it, timed on the FX thread one at a time
 * (so autosave writes, which run on their own thread, overlap them as they would while typing).
 */
final class TypingCost {

    static final int EDITS = 300;

    /** Median and 95th percentile of the per-edit time, in milliseconds. */
    record Result(double medianMs, double p95Ms) {
        @Override
        public String toString() {
            return String.format("%d label edits: median %.2f ms, 95th percentile %.2f ms per edit", EDITS, medianMs,
                    p95Ms);
        }
    }

    private TypingCost() {
    }

    static Result measure(EditorModel model) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> model.apply("Add", d -> model.edits().add(d,
                Component.of("typed", ComponentType.EC2, 40, 40)))).get(5, TimeUnit.SECONDS);
        long[] nanos = new long[EDITS];
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < EDITS; i++) {
            label.append((char) ('a' + i % 26));
            String text = label.toString();
            int index = i;
            WaitForAsyncUtils.asyncFx(() -> {
                long start = System.nanoTime();
                model.apply("Change label", d -> model.edits().setLabel(d, "typed", text));
                nanos[index] = System.nanoTime() - start;
            }).get(5, TimeUnit.SECONDS);
        }
        Arrays.sort(nanos);
        return new Result(nanos[EDITS / 2] / 1e6, nanos[EDITS * 95 / 100] / 1e6);
    }
}
