package dev.demarc.io;

import dev.demarc.model.Component;
import java.util.Set;

/** Ids a format migration makes for what it adds: derived from an existing id, unique, and never too long. */
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
}
