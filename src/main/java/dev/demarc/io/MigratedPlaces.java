package dev.demarc.io;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.List;
import java.util.Map;

/**
 * Gives the objects bound from an upgraded tree the places their originals have in the text, so that a problem in
 * an old file still names its line. A JSON tree keeps no places, but the migrations keep every component,
 * connection, group and rule at its index and only add after them; what they add has no place and gets none.
 */
final class MigratedPlaces {

    private MigratedPlaces() {
    }

    /** Adds to {@code locations} (which holds the places of {@code written}'s objects) those of {@code upgraded}. */
    static void carry(DiagramJson written, DiagramJson upgraded, Map<Object, JsonLocation> locations) {
        carry(written.components(), upgraded.components(), locations);
        carry(written.connections(), upgraded.connections(), locations);
        carry(written.securityGroups(), upgraded.securityGroups(), locations);
        List<DiagramJson.SecurityGroupJson> before = orEmpty(written.securityGroups());
        List<DiagramJson.SecurityGroupJson> after = orEmpty(upgraded.securityGroups());
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            if (before.get(i) != null && after.get(i) != null) {
                carry(before.get(i).inbound(), after.get(i).inbound(), locations);
            }
        }
    }

    private static void carry(List<?> written, List<?> upgraded, Map<Object, JsonLocation> locations) {
        List<?> before = orEmpty(written);
        List<?> after = orEmpty(upgraded);
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            JsonLocation place = locations.get(before.get(i));
            if (place != null && after.get(i) != null) {
                locations.put(after.get(i), place);
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
