package dev.demarc.quiz;

import dev.demarc.model.ComponentType;

/** One card of the exam deck: an exam-style question about a service and its answer, from the catalog. */
public record ExamCard(ComponentType type, String service, String question, String answer) {
}
