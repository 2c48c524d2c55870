package dev.demarc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A component may not be inside itself through its parents; the search names a component on the loop. */
class ContainmentLoopTest {

    private static Component in(String id, String parent) {
        return new Component(id, ComponentType.SUBNET, null, 0, 0, null, null, parent, Properties.empty());
    }

    private static Optional<String> loopOf(List<Component> components) {
        Map<String, Component> byId = new LinkedHashMap<>();
        components.forEach(c -> byId.put(c.id(), c));
        return Diagram.findContainmentLoop(components, byId);
    }

    @Test
    void nestedComponentsSharingParentsHaveNoLoop() {
        List<Component> components = List.of(in("vpc", null), in("a", "vpc"), in("b", "vpc"), in("a1", "a"),
                in("a2", "a"), in("b1", "b"));

        assertEquals(Optional.empty(), loopOf(components));
    }

    @Test
    void aTwoComponentLoopIsFoundFromEitherEnd() {
        assertTrue(Set.of("a", "b").contains(loopOf(List.of(in("a", "b"), in("b", "a"))).orElseThrow()));
        assertEquals(Optional.of("self"), loopOf(List.of(in("self", "self"))));
    }

    @Test
    void aLoopReachedFromOutsideNamesAComponentOnTheLoopNotTheOneLeadingToIt() {
        // "lead" is walked first and ends in the loop x -> y -> z -> x; it is not part of the loop itself.
        List<Component> components = List.of(in("lead", "x"), in("x", "y"), in("y", "z"), in("z", "x"));

        assertTrue(Set.of("x", "y", "z").contains(loopOf(components).orElseThrow()));
    }

    @Test
    void aLongChainWalkedFromItsFarEndFirstHasNoLoop() {
        List<Component> chain = new ArrayList<>();
        chain.add(in("c0", null));
        for (int i = 1; i < 5_000; i++) {
            chain.add(in("c" + i, "c" + (i - 1)));
        }
        List<Component> deepestFirst = new ArrayList<>(chain);
        Collections.reverse(deepestFirst);

        assertEquals(Optional.empty(), loopOf(deepestFirst));
        assertEquals(Optional.empty(), loopOf(chain));
    }

    @Test
    void theDiagramRefusesALoop() {
        assertThrows(IllegalArgumentException.class, () -> new Diagram(null, List.of(in("a", "b"), in("b", "a")),
                List.of()));
    }
}
