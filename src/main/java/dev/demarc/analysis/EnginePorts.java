package dev.demarc.analysis;

import java.util.Locale;
import java.util.Map;

/**
 * The port each RDS engine listens on by default: the one its security group must open for clients. The
 * exposure rule checks this port, and the rule editor suggests it for a new rule.
 */
public final class EnginePorts {

    private static final Map<String, Integer> PORTS = Map.of("mysql", 3306, "mariadb", 3306, "postgres", 5432,
            "oracle", 1521, "sqlserver", 1433);
    /** MySQL's port, for an engine the table does not know. */
    private static final int FALLBACK = 3306;

    private EnginePorts() {
    }

    /** The default port of {@code engine} (any case), or MySQL's when the engine is unknown. */
    public static int of(String engine) {
        return PORTS.getOrDefault(engine.toLowerCase(Locale.ROOT), FALLBACK);
    }
}
