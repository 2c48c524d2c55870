package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.model.Component;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The analysis of one component: its fourteen layers, bottom first, and the findings that concern it. */
public record ComponentAnalysis(Component component, List<LayerAssessment> layers, List<Finding> findings) {

    public ComponentAnalysis {
        layers = List.copyOf(layers);
        findings = List.copyOf(findings);
    }

    public LayerAssessment layer(Layer layer) {
        return layers.get(layer.ordinal());
    }

    /** Every duty the customer owns on some layer of this component, in duty order. */
    public Set<Duty> duties() {
        Set<Duty> out = EnumSet.noneOf(Duty.class);
        layers.forEach(l -> out.addAll(l.duties()));
        return out;
    }

    /**
     * The demarcation: the highest layer AWS owns outright. Everything above it is the customer's or
     * shared (or does not exist for this component).
     */
    public Optional<Layer> highestAwsLayer() {
        Layer highest = null;
        for (LayerAssessment l : layers) {
            if (l.owner() == Owner.AWS) {
                highest = l.layer();
            }
        }
        return Optional.ofNullable(highest);
    }

    /** How the customer's {@code duty} stands here: its open findings and the worst of them. */
    public DutyStatus status(Duty duty) {
        List<Finding> open = findings.stream().filter(f -> f.category() == duty).toList();
        return new DutyStatus(duty, open.size(), open.stream().map(Finding::severity).min(Enum::compareTo));
    }
}
