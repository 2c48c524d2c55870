package dev.demarc.ui.details;

import dev.demarc.catalog.ExamSignal;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.VBox;

/** The catalog's exam questions about the component's type, each with its answer and sources. */
final class ExamSignals extends VBox {

    ExamSignals(List<ExamSignal> signals, Consumer<String> openLink) {
        getStyleClass().add("exam-signals");
        setId("exam-signals");
        if (signals.isEmpty()) {
            getChildren().add(Texts.wrapped("The catalog has no exam questions for this type.", "details-empty"));
        }
        for (ExamSignal s : signals) {
            VBox item = new VBox(Texts.wrapped(s.question(), "exam-question"),
                    Texts.wrapped(s.answer(), "exam-answer"), new SourceLinks(s.sources(), openLink));
            item.getStyleClass().add("exam-signal");
            getChildren().add(item);
        }
    }
}
