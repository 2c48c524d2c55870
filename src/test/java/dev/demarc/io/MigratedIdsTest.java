package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ids a migration makes are derived from the old id, unique, and valid however long the old id was. */
class MigratedIdsTest {

    @Test
    void aTakenIdGetsTheNextNumber() {
        Set<String> taken = new HashSet<>(Set.of("web-sg"));
        assertEquals("web-sg-2", MigratedIds.unique("web", "-sg", taken));
        assertEquals("web-sg-3", MigratedIds.unique("web", "-sg", taken));
        assertTrue(taken.containsAll(Set.of("web-sg-2", "web-sg-3")), "what it hands out is taken from then on");
    }

    @Test
    void aLongIdIsCutSoTheNewOneIsStillValid() {
        String longest = "a".repeat(Component.MAX_ID);
        Set<String> taken = new HashSet<>();
        String first = MigratedIds.unique(longest, "-role", taken);
        String second = MigratedIds.unique(longest, "-role", taken);

        assertEquals("a".repeat(Component.MAX_ID - 5) + "-role", first);
        assertEquals("a".repeat(Component.MAX_ID - 7) + "-role-2", second);
        assertTrue(Component.isValidId(first) && Component.isValidId(second));
    }

    @Test
    void aLabelIsCutSoTheSuffixStillFits() {
        assertEquals("web group", MigratedIds.label("web", " group"));
        assertEquals("L".repeat(195) + " role", MigratedIds.label("L".repeat(200), " role"));
    }
}
