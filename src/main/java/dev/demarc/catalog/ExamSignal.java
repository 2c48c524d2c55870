package dev.demarc.catalog;

import java.util.List;

/** A question of the kind certification exams ask about a service, with its answer. */
public record ExamSignal(String question, String answer, List<Source> sources) {

    public ExamSignal {
        sources = List.copyOf(sources);
    }
}
