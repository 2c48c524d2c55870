package dev.demarc.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.io.DiagramReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One file at a time: a file that cannot be graded gets its problem, never an exception. */
class GraderTest {

    private static final String SAMPLE = Students.SAMPLES.resolve("web-app-ec2-rds.json").toString();

    @Test
    void aFailureWhileComparingBecomesThatFilesProblem() {
        Solution broken = student -> {
            throw new IllegalStateException("boom");
        };
        GradedFile g = new Grader(broken, new DiagramReader(Students.CATALOG), Students.ANALYZER).grade(SAMPLE);
        assertFalse(g.ok());
        assertEquals(SAMPLE + ": Demarc failed while grading this file (IllegalStateException: boom); please "
                + "report this as a bug", g.errorMessage());
    }

    @Test
    void aFileNameTheSystemRejectsIsThatFilesProblem() {
        Solution anything = student -> new Marking(1, List.of());
        GradedFile g = new Grader(anything, new DiagramReader(Students.CATALOG), Students.ANALYZER)
                .grade("bad\0name.json");
        assertTrue(g.errorMessage().contains("Not a valid file name"), g.errorMessage());
    }
}
