package dev.demarc.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades the JSON tree of an older diagram file to the current format version before it is bound.
 *
 * <p>Version 1 is the first and current version, so there is nothing to upgrade yet. When version 2
 * arrives, add one step per version here ({@code v1 -> v2}, then {@code v2 -> v3}), each a small pure
 * function on the tree, and a test that loads a version-1 sample through it.
 */
final class FormatMigrations {

    /** The newest format version this build reads and the one it writes. */
    static final int CURRENT = 1;

    private FormatMigrations() {
    }

    /** Whether files of {@code version} need upgrading before they match the current DTOs. */
    static boolean needsMigration(int version) {
        return version < CURRENT;
    }

    /** Returns {@code root} upgraded from {@code version} to {@link #CURRENT}. */
    static ObjectNode migrate(ObjectNode root, int version) {
        ObjectNode current = root;
        for (int v = version; v < CURRENT; v++) {
            current = step(current, v);
        }
        current.put("formatVersion", CURRENT);
        return current;
    }

    private static ObjectNode step(ObjectNode root, int fromVersion) {
        throw new IllegalStateException("No migration from format version " + fromVersion);
    }
}
