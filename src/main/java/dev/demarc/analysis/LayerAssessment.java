package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.catalog.Source;
import java.util.List;

/**
 * Who owns one layer of one component on the diagram, the customer's duties there, and why; {@code name} is
 * the catalog's name of the layer ("Guest operating system"), for reports and messages.
 */
public record LayerAssessment(Layer layer, Owner owner, List<Duty> duties, String why, List<Source> sources,
        String name) {

    public LayerAssessment {
        duties = List.copyOf(duties);
        sources = List.copyOf(sources);
    }
}
