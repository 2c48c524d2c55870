package dev.demarc.ui.recovery;

import dev.demarc.recovery.RecoveryInfo;
import java.nio.file.Path;

/**
 * The two questions of crash recovery: what to do with a diagram recovered from an earlier session, and the
 * calm notice after an unexpected error. Behind an interface so that tests answer without a window.
 */
public interface RecoveryDialogs {

    /** What to do with a recovered diagram. {@link #LATER} keeps it for the next start. */
    enum Choice { RESTORE, SAVE_AS, DISCARD, LATER }

    /**
     * Asks about one recovered diagram. {@code canRestore} is false once another one was restored into the
     * window (it holds one diagram); the answer is then never {@link Choice#RESTORE}.
     */
    Choice askAboutRecovered(RecoveryInfo info, boolean canRestore);

    /**
     * Tells the user that something failed: {@code what} failed, whether the work is safe ({@code safety}),
     * and where the details were logged.
     */
    void showError(String what, String safety, Path log);
}
