package dev.demarc.grade;

import dev.demarc.analysis.Analyzer;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.Problem;

/**
 * Grades student files against one solution. Each file is graded on its own: one that cannot be read
 * gets its problem instead of a score and does not stop the others.
 */
public final class Grader {

    private final Solution solution;
    private final DiagramReader reader;
    private final Analyzer analyzer;

    public Grader(Solution solution, DiagramReader reader, Analyzer analyzer) {
        this.solution = solution;
        this.reader = reader;
        this.analyzer = analyzer;
    }

    public GradedFile grade(String file) {
        try {
            return GradedFile.graded(file, solution.mark(analyzer.analyze(reader.read(file).diagram())));
        } catch (DiagramLoadException e) {
            return GradedFile.failed(file, e.first());
        } catch (RuntimeException e) {
            // A bug in Demarc must not hide the other students' grades behind a stack trace.
            return GradedFile.failed(file, Problem.bug("grading this file", e));
        }
    }
}
