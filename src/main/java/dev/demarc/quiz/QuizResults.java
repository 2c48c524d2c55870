package dev.demarc.quiz;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What a student did in the quiz window, to save for the instructor: who, when, what the layer quiz was
 * about, every layer answer, and the exam deck with its seed and the student's own marks.
 *
 * @param student the name the student typed (may be empty)
 * @param subject what the layer quiz asked about, e.g. the diagram's name or "One RDS database"
 */
public record QuizResults(String student, Instant savedAt, String subject, LayerQuiz layers, ExamDeck deck) {

    /** Keeps the time to the whole second: a reader of the file has no use for nanoseconds. */
    public QuizResults {
        savedAt = savedAt.truncatedTo(ChronoUnit.SECONDS);
    }
}
