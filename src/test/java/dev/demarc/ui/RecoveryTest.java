package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.FileOps;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.recovery.AppFolder;
import dev.demarc.recovery.RecoveryChild;
import dev.demarc.recovery.RecoveryInfo;
import dev.demarc.ui.recovery.RecoveryDialogs.Choice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Autosave, recovery and the error handler in the real window, with the application folder in a temporary
 * folder, fake dialogs, and other "instances" of Demarc played by child JVMs that are killed like a crash.
 */
class RecoveryTest extends OwnWindowTestBase {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Path SAMPLES = Path.of(System.getProperty("demarc.samples", "samples"));

    @TempDir
    Path home;
    @TempDir
    Path files;

    private final FakeRecoveryDialogs recovery = new FakeRecoveryDialogs();
    private final DiagramReader reader = new DiagramReader(CATALOG);

    private AppFolder folder() {
        return new AppFolder(home);
    }

    private void openWindow() {
        openWindow((stage, prefs) -> MainWindow.build(stage, s -> dialogs, prefs, FileOps.system(),
                new MainWindow.Safety(folder(), s -> recovery, Duration.ofMillis(200))));
    }

    private void addBucket(String id) {
        interact(() -> model.apply("Add bucket", d -> model.edits().add(d, Component.of(id, ComponentType.S3, 400,
                40))));
    }

    /** The recovery folders under the application folder. */
    private List<Path> instanceFolders() throws IOException {
        if (!Files.isDirectory(folder().recovery())) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder().recovery())) {
            return list.sorted().toList();
        }
    }

    /** This window's copy, once written. */
    private Path copy() throws IOException {
        List<Path> folders = instanceFolders();
        assertEquals(1, folders.size(), folders.toString());
        return folders.get(0).resolve("diagram.json");
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void unsavedWorkIsCopiedAndTheCopyGoesOnSaveAndOnACleanClose() throws Exception {
        openWindow();
        assertFalse(Files.exists(copy()), "nothing to copy while nothing changed");

        addBucket("first");
        waitUntil(() -> Files.exists(copy()));
        assertEquals(model.diagram(), reader.read(copy()).diagram(), "the copy is exactly the open diagram");

        addBucket("second");
        waitUntil(() -> reader.read(copy()).diagram().components().size() == 2);

        dialogs.answerSaveAsWith(files.resolve("saved.json"));
        push(KeyCode.SHORTCUT, KeyCode.S);
        assertFalse(model.isDirty());
        waitUntil(() -> !Files.exists(copy()));

        addBucket("third");
        waitUntil(() -> Files.exists(copy()));
        interact(() -> stage.hide());
        assertEquals(List.of(), instanceFolders(), "a clean close leaves no copy and no folder");
    }

    @Test
    void anEditIsCopiedWithinThreeSecondsThoughTheTimerRunsOnlyEveryThirtySeconds() throws Exception {
        openWindow((stage, prefs) -> MainWindow.build(stage, s -> dialogs, prefs, FileOps.system(),
                new MainWindow.Safety(folder(), s -> recovery, Duration.ofSeconds(30))));
        assertFalse(Files.exists(copy()));

        addBucket("dropped-just-before-a-crash");

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> Files.exists(copy()));
        assertEquals(model.diagram(), reader.read(copy()).diagram());
    }

    /**
     * Typing with autosave on stays within a frame per keystroke: the copy is written off the FX thread
     * while the edits go on. The numbers are printed for docs/reliability.md.
     */
    @Test
    void typingWithAutosaveOnStaysWithinAFramePerKeystroke() throws Exception {
        openWindow((stage, prefs) -> MainWindow.build(stage, s -> dialogs, prefs, FileOps.system(),
                new MainWindow.Safety(folder(), s -> recovery, Duration.ofSeconds(30))));

        TypingCost.Result cost = TypingCost.measure(model);

        System.out.println("Typing with autosave on: " + cost);
        waitUntil(() -> Files.exists(copy()));
        assertTrue(cost.p95Ms() < 16, cost.toString());
    }

    @Test
    void aKilledInstancesDiagramIsRestoredExactlyAndShownAsUnsaved() throws Exception {
        Path sample = SAMPLES.resolve("insecure-teaching-example.json");
        Diagram expected = reader.read(sample).diagram();
        Instant time = Instant.parse("2026-05-06T07:08:09Z");
        RecoveryChild.kill(RecoveryChild.start(folder().recovery(), sample, time));
        recovery.answer(Choice.RESTORE);

        openWindow();
        waitUntil(() -> recovery.asked().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(new FakeRecoveryDialogs.Asked(new RecoveryInfo("insecure-teaching-example.json",
                sample.toAbsolutePath(), time, expected.components().size()), true), recovery.asked().get(0));
        assertEquals(expected, model.diagram());
        assertTrue(model.isDirty(), "restored work is unsaved work");
        assertEquals(sample.toAbsolutePath(), model.file());
        List<Path> folders = instanceFolders();
        assertEquals(1, folders.size(), "the crashed instance's folder is gone: " + folders);
        assertEquals(expected, reader.read(folders.get(0).resolve("diagram.json")).diagram(),
                "the restored diagram is already copied by this instance");
    }

    @Test
    void recoveredDiagramsCanBeSavedElsewhereDiscardedOrKeptForLater() throws Exception {
        Path one = SAMPLES.resolve("web-app-ec2-rds.json");
        Path two = SAMPLES.resolve("static-site-s3-cloudfront.json");
        Path three = SAMPLES.resolve("reachability-puzzle.json");
        Instant time = Instant.parse("2026-05-06T07:00:00Z");
        RecoveryChild.kill(RecoveryChild.start(folder().recovery(), one, time));
        RecoveryChild.kill(RecoveryChild.start(folder().recovery(), two, time.plusSeconds(60)));
        RecoveryChild.kill(RecoveryChild.start(folder().recovery(), three, time.plusSeconds(120)));
        Path target = files.resolve("rescued.json");
        dialogs.answerSaveAsWith(target);
        recovery.answer(Choice.SAVE_AS, Choice.DISCARD, Choice.LATER);

        openWindow();
        waitUntil(() -> recovery.asked().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("web-app-ec2-rds.json", "static-site-s3-cloudfront.json", "reachability-puzzle.json"),
                recovery.asked().stream().map(a -> a.info().name()).toList(), "oldest first");
        assertEquals(reader.read(one).diagram(), reader.read(target).diagram(), "saved where the user chose");
        assertEquals(Diagram.empty(), model.diagram(), "nothing was restored into the window");
        assertFalse(model.isDirty());
        assertEquals(2, instanceFolders().size(), "this window's folder and the copy kept for later");
    }

    @Test
    void anErrorInAnEventHandlerIsLoggedTheWorkCopiedAndTheUserToldCalmly() throws Exception {
        Thread.UncaughtExceptionHandler previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread fxThread = fx(Thread::currentThread);
        Thread.UncaughtExceptionHandler previousFx = fx(() -> Thread.currentThread().getUncaughtExceptionHandler());
        try {
            openWindow();
            addBucket("unsaved");
            EventType<Event> boom = new EventType<>("DEMARC_TEST_BOOM");
            interact(() -> stage.getScene().getRoot().addEventHandler(boom, e -> {
                throw new IllegalStateException("a bug in a handler");
            }));

            Platform.runLater(() -> stage.getScene().getRoot().fireEvent(new Event(boom)));
            waitUntil(() -> recovery.errors().size() == 1);

            FakeRecoveryDialogs.Shown shown = recovery.errors().get(0);
            assertEquals("An unexpected error interrupted Demarc (IllegalStateException: a bug in a handler).",
                    shown.what());
            assertTrue(shown.safety().startsWith("Your work is safe"), shown.safety());
            assertEquals(folder().logFile(), shown.log());
            String log = Files.readString(folder().logFile());
            assertTrue(log.contains("java.lang.IllegalStateException: a bug in a handler"), log);
            assertTrue(log.contains("\tat dev.demarc.ui.RecoveryTest"), "the stack trace is logged: " + log);
            assertEquals(model.diagram(), reader.read(copy()).diagram(), "the work was copied first");

            addBucket("after");
            assertTrue(model.diagram().contains("after"), "the editor keeps working");
            assertTrue(fx(stage::isShowing));
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previousDefault);
            interact(() -> fxThread.setUncaughtExceptionHandler(previousFx));
        }
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }
}
