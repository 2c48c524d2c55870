package dev.demarc.ui.details;

import dev.demarc.catalog.Source;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/**
 * The AWS documents a fact comes from, as links named by the page's title (hover shows the address);
 * clicking one hands its address to {@code openLink}.
 */
final class SourceLinks extends FlowPane {

    SourceLinks(List<Source> sources, Consumer<String> openLink) {
        getStyleClass().add("source-links");
        setHgap(2);
        if (sources.isEmpty()) {
            return;
        }
        Label lead = new Label(sources.size() == 1 ? "Source:" : "Sources:");
        lead.getStyleClass().add("source-lead");
        getChildren().add(lead);
        for (Source s : sources) {
            Hyperlink link = new Hyperlink(s.title());
            link.getStyleClass().add("source-link");
            link.setWrapText(true);
            link.setTooltip(new Tooltip(s.url()));
            link.setAccessibleHelp(s.url());
            link.setOnAction(e -> {
                link.setVisited(true);
                openLink.accept(s.url());
            });
            getChildren().add(link);
        }
    }
}
