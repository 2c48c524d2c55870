package dev.demarc.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.edit.Geometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grid index answers exactly what scanning every box would, in the boxes' order. */
class ObstaclesTest {

    @Test
    void nearFindsTheSameBoxesAsAScanOfAll() {
        Random random = new Random(7);
        List<Geometry.Rect> boxes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            boxes.add(box(random));
        }
        Obstacles obstacles = new Obstacles(boxes);
        for (int q = 0; q < 500; q++) {
            Geometry.Rect area = box(random);
            List<Geometry.Rect> scanned = boxes.stream().filter(b -> b.intersects(area)).toList();
            assertEquals(scanned, obstacles.near(area), "area " + area);
        }
    }

    @Test
    void farFlungBoxesCoarsenTheGridInsteadOfFillingMemory() {
        // A file may place components anywhere a finite number reaches; two boxes a trillion units apart must not
        // ask for a grid of 256-unit cells between them.
        Geometry.Rect near = new Geometry.Rect(0, 0, 100, 50);
        Geometry.Rect far = new Geometry.Rect(1e12, -1e12, 100, 50);
        Obstacles obstacles = new Obstacles(List.of(near, far));

        assertEquals(List.of(near), obstacles.near(new Geometry.Rect(50, 10, 10, 10)));
        assertEquals(List.of(far), obstacles.near(new Geometry.Rect(1e12 + 20, -1e12 + 5, 10, 10)));
        assertEquals(List.of(), obstacles.near(new Geometry.Rect(5e11, 0, 10, 10)));
    }

    /** Boxes of all sizes, some at negative coordinates and some spanning several grid cells. */
    private static Geometry.Rect box(Random random) {
        return new Geometry.Rect(random.nextDouble() * 4000 - 1000, random.nextDouble() * 3000 - 500,
                1 + random.nextDouble() * 700, 1 + random.nextDouble() * 500);
    }
}
