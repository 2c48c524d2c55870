package dev.demarc.grade;

import dev.demarc.analysis.Analysis;

/**
 * What students are graded against. Both kinds of solution file end up as a {@link Rubric}: an instructor's
 * diagram through {@link DiagramSolution#rubric}, a rubric file through {@link RubricReader}; {@link RubricGrader}
 * grades against it, so the grader does not care which it was.
 */
public interface Solution {

    /** The points at stake and the differences of a student's analysed diagram, in a stable order. */
    Marking mark(Analysis student);
}
