package dev.demarc.ui.canvas;

import dev.demarc.ui.editor.EditorModel;
import javafx.animation.AnimationTimer;

/**
 * Spreads building the views of a large diagram over frames, as the overlay does when switched on: opening a
 * file of 500 components would otherwise create and style 500 views in one pulse and freeze the window for
 * seconds. When a refresh finds at least {@link #FROM} components without a view, this starts a timer that
 * allows {@link #PER_FRAME} new views a frame and shows the progress in the status bar; refreshes between
 * frames (an analysis arriving, an edit) update the views already built but create none. It stops when every
 * component has its view.
 *
 * <p>Off for canvases drawn once into a picture, which need every view at once.
 */
final class StepwiseBuild {

    /** From this many missing views on, building goes in steps. */
    static final int FROM = 200;
    /** New views a frame: about a frame's work of creating and styling them on the development machine. */
    static final int PER_FRAME = 25;

    private final EditorModel model;
    private final boolean enabled;
    private final Runnable refresh;
    private AnimationTimer timer;
    private int allowance;
    private String shownHint = "";

    StepwiseBuild(EditorModel model, boolean enabled, Runnable refresh) {
        this.model = model;
        this.enabled = enabled;
        this.refresh = refresh;
    }

    /**
     * How many views the refresh under way may create, given that {@code missing} components lack one. Starts
     * building in steps when there are many; otherwise no limit.
     */
    int allowance(int missing) {
        if (timer == null) {
            if (!enabled || missing < FROM) {
                return Integer.MAX_VALUE;
            }
            start();
        }
        int granted = allowance;
        allowance = 0;
        return granted;
    }

    /** Called at the end of every refresh: {@code shown} of {@code total} components have their view. */
    void built(int shown, int total) {
        if (timer == null) {
            return;
        }
        if (shown >= total) {
            timer.stop();
            timer = null;
            showHint("");
            return;
        }
        showHint("Drawing the diagram: " + shown + " of " + total + " components...");
    }

    private void start() {
        allowance = PER_FRAME;
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                allowance = PER_FRAME;
                refresh.run();
            }
        };
        timer.start();
    }

    /** Shows progress, without hiding a message someone else put there meanwhile (a warning while opening). */
    private void showHint(String text) {
        String current = model.hintProperty().get();
        if (current.isEmpty() || current.equals(shownHint)) {
            model.hint(text);
        }
        shownHint = text;
    }
}
