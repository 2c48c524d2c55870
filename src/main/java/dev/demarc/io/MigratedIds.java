package dev.demarc.io;

import dev.demarc.model.Component;
import java.util.Set;

/**
 * Ids and labels a format migration makes for what it adds: derived from an existing id or label, ids unique, and
 * neither too long to load.
 */
final class MigratedIds {

    private MigratedIds() {
    }

    /**
     * {@code base + suffix}, or {@code base + suffix + "-2"} and so on when {@code taken} has it, with {@code base}
     * cut so the id fits {@link Component#MAX_ID}; the id returned is added to {@code taken}.
     */
    static String unique(String base, String suffix, Set<String> taken) {
        for (int n = 1; ; n++) {
            String tail = n == 1 ? suffix : suffix + "-" + n;
            String id = base.substring(0, Math.min(base.length(), Component.MAX_ID - tail.length())) + tail;
            if (taken.add(id)) {
                return id;
            }
        }
    }

    /** {@code base + suffix}, with {@code base} cut so the label fits {@link DiagramMapper#MAX_LABEL}. */
    static String label(String base, String suffix) {
        return base.substring(0, Math.min(base.length(), DiagramMapper.MAX_LABEL - suffix.length())) + suffix;
    }
}
