package dev.demarc.ui.details;

import dev.demarc.analysis.Checklist;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * The panel's content for one component, top to bottom: the header with the boundary in one sentence,
 * what would make it worse (the exposure rules' conditions), the layer stack, the duties checklist, the
 * findings and the type's exam signals, each under a heading.
 */
final class ComponentDetails {

    private final Catalog catalog;
    private final ComponentAnalysis analysis;
    private final List<Checklist> preconditions;
    private final Consumer<String> openLink;

    ComponentDetails(Catalog catalog, ComponentAnalysis analysis, List<Checklist> preconditions,
            Consumer<String> openLink) {
        this.catalog = catalog;
        this.analysis = analysis;
        this.preconditions = preconditions;
        this.openLink = openLink;
    }

    List<Node> nodes() {
        TypeSpec spec = catalog.spec(analysis.component().type());
        List<Node> out = new ArrayList<>();
        out.add(new Header(catalog, spec, analysis));
        // Right under the header: while a student toggles settings, this is what changes.
        if (!preconditions.isEmpty()) {
            out.add(heading("What would make this worse", "details-preconditions-heading"));
            out.add(new PreconditionList(preconditions));
        }
        out.add(heading("Who owns each layer", "details-stack-heading"));
        out.add(new StackRows(catalog, analysis, openLink));
        out.add(heading("Your duties", "details-duties-heading"));
        out.add(new DutyChecklist(catalog, analysis));
        out.add(heading("Findings (" + analysis.findings().size() + ")", "details-findings-heading"));
        out.add(new FindingList(catalog, analysis.findings()));
        DatedDefaults dated = new DatedDefaults(spec, analysis.component());
        if (dated.any()) {
            out.add(heading("Defaults that changed", "details-dated-heading"));
            out.add(dated);
        }
        out.add(heading("Exam signals", "details-exam-heading"));
        out.add(new ExamSignals(spec.examSignals(), openLink));
        return out;
    }

    private static Label heading(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("details-heading");
        return l;
    }
}
