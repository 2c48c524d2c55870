package dev.demarc.grade;

import dev.demarc.analysis.Analysis;
import java.util.List;

/**
 * What students are graded against: an instructor's full diagram ({@link DiagramSolution}) or a rubric of
 * expectations ({@link Rubric}). Both answer the same question, so the grader does not care which.
 */
public interface Solution {

    /** The differences of a student's analysed diagram from this solution, in a stable order. */
    List<Difference> compare(Analysis student);
}
