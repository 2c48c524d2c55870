package dev.demarc.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.io.RandomDiagrams;
import dev.demarc.io.Seeds;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.PropertyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of editing commands on random diagrams, pushed on a {@link CommandStack} as the editor
 * does: undoing them all gives back the original (and the document counts as unchanged again), and undo
 * followed by redo gives back the same state. Each property runs 300 seeded tries ({@link Seeds}); a try draws
 * the diagram, up to 60 commands (each from an integer of its own, so a failing sequence can be cut down by hand)
 * and how far to go back.
 */
class EditUndoProperties {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final int TRIES = 300;
    private final DiagramEdits edits = new DiagramEdits(CATALOG);

    private static List<Integer> steps(Random random, int min) {
        int n = min + random.nextInt(61 - min);
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            steps.add(random.nextInt(Integer.MAX_VALUE));
        }
        return steps;
    }

    @Test
    void undoingEveryEditGivesTheOriginal() {
        AtomicInteger longRuns = new AtomicInteger();
        Seeds.check(TRIES, seed -> {
            Random random = new Random(seed);
            Diagram original = RandomDiagrams.diagram(CATALOG, 15, random.nextLong());
            List<Integer> steps = steps(random, 0);
            CommandStack stack = new CommandStack();
            Diagram now = applyAll(stack, original, steps);
            int undone = 0;
            while (stack.canUndo()) {
                now = stack.undo().orElseThrow();
                undone++;
            }
            if (undone >= 10) {
                longRuns.incrementAndGet();
            }
            assertEquals(original, now);
            assertFalse(stack.isDirty(), "back at the state that was opened");
        });
        // More than a fifth of the sequences must apply ten edits or more, or the property proves little.
        if (!Seeds.replayingOne()) {
            assertTrue(longRuns.get() * 5 > TRIES,
                    longRuns + " of " + TRIES + " tries undid 10+ steps, " + Seeds.run());
        }
    }

    @Test
    void undoThenRedoGivesTheSameState() {
        Seeds.check(TRIES, seed -> {
            Random random = new Random(seed);
            Diagram original = RandomDiagrams.diagram(CATALOG, 15, random.nextLong());
            List<Integer> steps = steps(random, 1);
            int back = 1 + random.nextInt(60);
            CommandStack stack = new CommandStack();
            Diagram last = applyAll(stack, original, steps);
            List<Diagram> undone = new ArrayList<>();
            Diagram now = last;
            for (int i = 0; i < back && stack.canUndo(); i++) {
                undone.add(now);
                now = stack.undo().orElseThrow();
                assertTrue(stack.canRedo());
                assertEquals(undone.get(undone.size() - 1), peekRedo(stack), "one undo, one redo: the same state");
            }
            for (int i = undone.size() - 1; i >= 0; i--) {
                now = stack.redo().orElseThrow();
                assertEquals(undone.get(i), now);
            }
            assertEquals(last, now);
            assertFalse(stack.canRedo());
        });
    }

    /** Redoes and undoes again, leaving the stack as it was; returns the redone state. */
    private static Diagram peekRedo(CommandStack stack) {
        Diagram redone = stack.redo().orElseThrow();
        stack.undo().orElseThrow();
        return redone;
    }

    /** Applies one random command per step, as {@code EditorModel.apply} does: refused or empty edits push nothing. */
    private Diagram applyAll(CommandStack stack, Diagram start, List<Integer> steps) {
        Diagram d = start;
        for (int step : steps) {
            Random random = new Random(step);
            int command = random.nextInt(10);
            Diagram after;
            try {
                after = command(command, d, random);
            } catch (EditException refused) {
                continue;
            }
            if (!after.equals(d)) {
                String mergeKey = command == 1 && random.nextBoolean() ? "nudge" : null;
                stack.push(new CommandStack.Edit("command " + command, d, after, mergeKey));
                d = after;
            }
        }
        return d;
    }

    private Diagram command(int command, Diagram d, Random random) {
        List<Component> components = d.components();
        if (components.isEmpty() && command != 0) {
            command = 0;
        }
        return switch (command) {
            case 0 -> {
                List<ComponentType> types = CATALOG.types().stream().map(TypeSpec::type).toList();
                ComponentType type = types.get(random.nextInt(types.size()));
                yield edits.add(d, edits.newComponent(d, type, random.nextInt(1200), random.nextInt(900)));
            }
            case 1 -> edits.move(d, someIds(components, random), random.nextInt(201) - 100, random.nextInt(201) - 100);
            case 2 -> {
                Component c = pick(components, random);
                yield edits.resize(d, c.id(), c.x() - 10, c.y() - 10, random.nextInt(800), random.nextInt(600));
            }
            case 3 -> edits.delete(d, someIds(components, random), d.connections().isEmpty() ? List.of()
                    : List.of(d.connections().get(random.nextInt(d.connections().size())).id()));
            case 4 -> edits.changeId(d, pick(components, random).id(),
                    random.nextBoolean() ? pick(components, random).id() : "renamed-" + random.nextInt(50));
            case 5 -> edits.setLabel(d, pick(components, random).id(), random.nextBoolean() ? null
                    : "label \"" + random.nextInt(100) + "\" <b>");
            case 6 -> setSomeProperty(d, pick(components, random), random);
            case 7 -> edits.connect(d, pick(components, random).id(), pick(components, random).id());
            case 8 -> d.connections().isEmpty() ? d : edits.setConnectionLabel(d,
                    d.connections().get(random.nextInt(d.connections().size())).id(), "k " + random.nextInt(9));
            default -> edits.paste(d, edits.fragment(d, someIds(components, random)), 30, 30).diagram();
        };
    }

    private Diagram setSomeProperty(Diagram d, Component c, Random random) {
        List<PropertySpec> properties = CATALOG.spec(c.type()).properties();
        if (properties.isEmpty()) {
            return d;
        }
        PropertySpec p = properties.get(random.nextInt(properties.size()));
        PropertyValue value = switch (random.nextInt(3)) {
            case 0 -> null;
            case 1 -> p.defaultValue();
            default -> p.defaultValue() instanceof PropertyValue.Bool b ? new PropertyValue.Bool(!b.value())
                    : p.defaultValue();
        };
        return edits.setProperty(d, c.id(), p.name(), value);
    }

    private static List<String> someIds(List<Component> components, Random random) {
        List<String> ids = new ArrayList<>();
        int n = 1 + random.nextInt(Math.min(3, components.size()));
        for (int i = 0; i < n; i++) {
            ids.add(pick(components, random).id());
        }
        return ids;
    }

    private static Component pick(List<Component> components, Random random) {
        return components.get(random.nextInt(components.size()));
    }
}
