package dev.demarc.recovery;

import dev.demarc.model.Diagram;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A recovery copy left by an instance of Demarc that ended without closing cleanly (a crash, a kill, a power
 * cut). While this object is in hand, its instance folder is locked, so a second Demarc starting at the
 * same moment does not offer it too. Hand it back to {@link RecoveryStore#discard} or {@link RecoveryStore#keep}.
 */
public final class Recovered {

    private final Path folder;
    private final RecoveryInfo info;
    private final Diagram diagram;
    final FileChannel lock;

    Recovered(Path folder, RecoveryInfo info, Diagram diagram, FileChannel lock) {
        this.folder = folder;
        this.info = info;
        this.diagram = diagram;
        this.lock = lock;
    }

    public RecoveryInfo info() {
        return info;
    }

    /** The diagram exactly as it was last autosaved. */
    public Diagram diagram() {
        return diagram;
    }

    Path folder() {
        return folder;
    }
}
