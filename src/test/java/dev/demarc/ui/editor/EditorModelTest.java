package dev.demarc.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.bench.DiagramGenerator;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view model without any view: undo, the dirty flag, refused edits, selection and analysis. */
@ExtendWith(ApplicationExtension.class)
class EditorModelTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private final EditorModel model = new EditorModel(CATALOG, new Analyzer(CATALOG));

    @Start
    void start(Stage stage) {
        // The JavaFX toolkit must run for the background analysis to hand its result back.
    }

    @Test
    void anEditIsOneUndoStepAndMarksTheDocumentDirty() {
        model.open(Diagram.empty(), null);
        assertTrue(model.apply("Add", d -> model.edits().add(d, Component.of("a", ComponentType.S3, 0, 0))));
        assertTrue(model.isDirty());
        assertEquals("Undo Add", model.undoTextProperty().get());
        model.undo();
        assertFalse(model.isDirty());
        assertTrue(model.diagram().components().isEmpty());
    }

    @Test
    void aRefusedEditChangesNothingAndSaysWhy() {
        model.open(Diagram.empty(), null);
        assertFalse(model.apply("Connect", d -> model.edits().connect(d, "a", "a")));
        assertFalse(model.isDirty());
        assertEquals("A connection links two different components", model.hintProperty().get());
    }

    @Test
    void aBugInAnEditIsNoHintAndChangesNothing() {
        Diagram one = new Diagram(null, List.of(Component.of("a", ComponentType.S3, 0, 0)), List.of());
        model.open(one, null);
        IllegalArgumentException bug = assertThrows(IllegalArgumentException.class, () -> model.apply("Add",
                d -> model.edits().add(d, Component.of("a", ComponentType.EC2, 200, 0))));
        assertTrue(bug.getMessage().contains("Duplicate component id"), bug.getMessage());
        assertSame(one, model.diagram());
        assertEquals("", model.hintProperty().get(), "a bug is not shown as a hint");
        assertFalse(model.isDirty());
        assertFalse(model.canUndoProperty().get());
    }

    /** An edit made from a JavaFX event: its bug reaches the thread's handler, where Demarc's crash handler sits. */
    @Test
    void aBugInAnEditOnTheFxThreadReachesItsUncaughtExceptionHandler() throws Exception {
        model.open(new Diagram(null, List.of(Component.of("a", ComponentType.S3, 0, 0)), List.of()), null);
        CompletableFuture<Throwable> caught = new CompletableFuture<>();
        Thread fxThread = WaitForAsyncUtils.asyncFx(Thread::currentThread).get(5, TimeUnit.SECONDS);
        Thread.UncaughtExceptionHandler previous = fxThread.getUncaughtExceptionHandler();
        fxThread.setUncaughtExceptionHandler((thread, error) -> caught.complete(error));
        try {
            Platform.runLater(() -> model.apply("Add",
                    d -> model.edits().add(d, Component.of("a", ComponentType.EC2, 200, 0))));
            assertInstanceOf(IllegalArgumentException.class, caught.get(5, TimeUnit.SECONDS));
        } finally {
            fxThread.setUncaughtExceptionHandler(previous);
        }
        assertEquals("", model.hintProperty().get());
    }

    @Test
    void replacingTheSelectionCountsAsOneSelectionChange() {
        model.open(new Diagram(null, List.of(Component.of("a", ComponentType.S3, 0, 0),
                Component.of("b", ComponentType.S3, 300, 0)), List.of()), null);
        model.select(List.of("a"));
        long before = model.selectionRevisionProperty().get();
        model.select(List.of("b"));
        assertEquals(before + 1, model.selectionRevisionProperty().get());
        model.selection().add("a");
        assertEquals(before + 2, model.selectionRevisionProperty().get(), "a direct change counts too");
    }

    @Test
    void smallDiagramsAreAnalyzedAtOnce() {
        model.open(Diagram.empty(), null);
        model.apply("Add", d -> model.edits().add(d, Component.of("db", ComponentType.RDS, 0, 0)));
        assertSame(model.diagram(), model.analysis().diagram());
    }

    @Test
    void largeDiagramsAreAnalyzedInTheBackgroundAndTheNewestResultWins(FxRobot robot) throws Exception {
        Diagram big = DiagramGenerator.generate(EditorModel.BACKGROUND_ANALYSIS_FROM + 50);
        String ec2 = big.components().stream().filter(c -> c.type().equals(ComponentType.EC2)).findFirst()
                .orElseThrow().id();
        robot.interact(() -> {
            model.open(big, null);
            for (int i = 0; i < 5; i++) {
                boolean on = i % 2 == 0;
                model.apply("Change", d -> model.edits().setProperty(d, ec2, "ebsEncrypted",
                        new PropertyValue.Bool(on)));
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.analysis().diagram() == model.diagram());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(model.diagram(), model.analysis().diagram(), "an older result must not replace the newest");
        assertFalse(model.analysis().findings().stream()
                .anyMatch(f -> f.rule().equals("ec2.ebs-unencrypted") && f.concerns(ec2)));
    }
}
