package dev.demarc.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The recent files: most recent first, no repeats, at most ten, kept across runs, and a gone file leaves. */
class RecentFilesTest {

    private final Preferences prefs = Preferences.userRoot().node("dev/demarc/recent-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        prefs.removeNode();
    }

    private static Path file(int i) {
        return Path.of("d" + i + ".json").toAbsolutePath().normalize();
    }

    @Test
    void theLatestComesFirstOnceAndTheListStopsAtTen() {
        RecentFiles recent = new RecentFiles(prefs);
        IntStream.range(0, 12).forEach(i -> recent.add(file(i)));
        recent.add(file(5));

        assertEquals(10, recent.files().size());
        assertEquals(file(5), recent.files().get(0));
        assertEquals(List.of(file(11), file(10)), recent.files().subList(1, 3));
        assertEquals(1, recent.files().stream().filter(file(5)::equals).count());
    }

    @Test
    void theListIsKeptAcrossRunsAndARemovedFileStaysRemoved() {
        RecentFiles first = new RecentFiles(prefs);
        first.add(file(1));
        first.add(file(2));
        first.remove(file(1));

        assertEquals(List.of(file(2)), new RecentFiles(prefs).files());
    }
}
