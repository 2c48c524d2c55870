package dev.demarc.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery folder across processes: a running instance's copy is never offered, a killed instance's copy
 * is offered with its description and exactly its diagram, and kept or discarded as the user says.
 */
class RecoveryStoreTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));
    private static final Instant TIME = Instant.parse("2026-03-04T10:15:30Z");

    @TempDir
    Path root;

    private final DiagramReader reader = new DiagramReader(CATALOG);

    private RecoveryStore open() throws IOException {
        return RecoveryStore.open(root, new DiagramWriter(CATALOG), reader);
    }

    @Test
    void aRunningInstancesCopyIsNeverOfferedAndAKilledOnesIs() throws Exception {
        Path sample = SAMPLES.resolve("web-app-ec2-rds.json");
        Diagram expected = reader.read(sample).diagram();
        Process child = RecoveryChild.start(root, sample, TIME);
        try (RecoveryStore mine = open()) {
            assertEquals(List.of(), mine.orphans(), "the other instance is still running");

            RecoveryChild.kill(child);
            List<Recovered> found = mine.orphans();

            assertEquals(1, found.size());
            Recovered r = found.get(0);
            assertEquals(new RecoveryInfo("web-app-ec2-rds.json", sample.toAbsolutePath(), TIME,
                    expected.components().size()), r.info());
            assertEquals(expected, r.diagram());
            mine.keep(r);
            List<Recovered> again = mine.orphans();
            assertEquals(1, again.size(), "a kept copy is offered again");
            mine.keep(again.get(0));
        } finally {
            child.destroyForcibly();
        }
        try (RecoveryStore next = open()) {
            List<Recovered> later = next.orphans();
            assertEquals(1, later.size(), "and after a restart");
            next.discard(later.get(0));
            assertEquals(List.of(), next.orphans());
            assertEquals(List.of(next.folder()), folders(), "the discarded copy's folder is gone");
        }
    }

    @Test
    void twoInstancesKeepTheirCopiesApart() throws Exception {
        Diagram one = new Diagram("one", List.of(Component.of("a", ComponentType.S3, 0, 0)), List.of());
        Diagram two = new Diagram("two", List.of(Component.of("b", ComponentType.CLOUDFRONT, 0, 0)), List.of());
        try (RecoveryStore first = open(); RecoveryStore second = open()) {
            first.save(one, new RecoveryInfo("one", null, TIME, 1));
            second.save(two, new RecoveryInfo("two", null, TIME, 1));

            assertFalse(first.folder().equals(second.folder()));
            assertEquals(one, reader.read(first.folder().resolve(RecoveryStore.DIAGRAM)).diagram());
            assertEquals(two, reader.read(second.folder().resolve(RecoveryStore.DIAGRAM)).diagram());
            assertEquals(List.of(), first.orphans(), "the other instance runs: nothing to recover");
            assertEquals(List.of(), second.orphans());
        }
    }

    @Test
    void aCleanCloseLeavesNothingBehind() throws IOException {
        RecoveryStore store = open();
        store.save(Diagram.empty(), new RecoveryInfo("Untitled", null, TIME, 0));
        store.close();
        assertEquals(List.of(), folders());
    }

    @Test
    void savingAgainReplacesTheCopyAndClearingRemovesIt() throws Exception {
        try (RecoveryStore store = open()) {
            Diagram first = new Diagram(null, List.of(Component.of("a", ComponentType.S3, 0, 0)), List.of());
            Diagram second = first.withTitle("later");
            store.save(first, new RecoveryInfo("d.json", null, TIME, 1));
            store.save(second, new RecoveryInfo("d.json", null, TIME.plusSeconds(30), 1));
            assertEquals(second, reader.read(store.folder().resolve(RecoveryStore.DIAGRAM)).diagram());
            store.clear();
            assertFalse(Files.exists(store.folder().resolve(RecoveryStore.DIAGRAM)));
            assertTrue(Files.exists(store.folder().resolve(RecoveryStore.LOCK)));
        }
    }

    @Test
    void theApplicationFolderCanBeMovedForTests() {
        String before = System.getProperty("demarc.home");
        try {
            System.setProperty("demarc.home", root.toString());
            AppFolder folder = AppFolder.forUser();
            assertEquals(root.resolve("recovery"), folder.recovery());
            assertEquals(root.resolve("logs/demarc.log"), folder.logFile());
        } finally {
            if (before == null) {
                System.clearProperty("demarc.home");
            } else {
                System.setProperty("demarc.home", before);
            }
        }
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.toList();
        }
    }
}
