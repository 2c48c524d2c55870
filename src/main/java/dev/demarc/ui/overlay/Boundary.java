package dev.demarc.ui.overlay;

import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.analysis.LayerAssessment;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import java.util.List;

/**
 * Where AWS's part ends on one component, in words, with the catalog's layer names: one wording for the
 * details panel's header and the overlay stack's screen-reader text.
 */
public final class Boundary {

    private Boundary() {
    }

    /**
     * "AWS runs every layer up to and including Managed service; from Guest operating system up it is yours
     * or shared: you own 4 layers, share 5." Said so nobody can misread which side the named layers are on.
     */
    public static String sentence(Catalog catalog, ComponentAnalysis analysis) {
        long own = count(analysis, Owner.CUSTOMER);
        return start(catalog, analysis) + ": you own " + (own == 1 ? "1 layer" : own + " layers") + ", share "
                + count(analysis, Owner.SHARED) + ".";
    }

    /** The same, naming the layers: "...; you own Guest operating system, ...; shared: Encryption, ...". */
    public static String spoken(Catalog catalog, ComponentAnalysis analysis) {
        return start(catalog, analysis) + ". You own " + names(catalog, analysis, Owner.CUSTOMER) + "; shared: "
                + names(catalog, analysis, Owner.SHARED);
    }

    private static String start(Catalog catalog, ComponentAnalysis analysis) {
        return analysis.highestAwsLayer().map(l -> {
            Layer[] all = Layer.values();
            if (l.ordinal() == all.length - 1) {
                return "AWS runs every layer, up to and including " + catalog.layer(l).name();
            }
            return "AWS runs every layer up to and including " + catalog.layer(l).name() + "; from "
                    + catalog.layer(all[l.ordinal() + 1]).name() + " up it is yours or shared";
        }).orElse("AWS owns none of its layers outright; every layer is yours or shared");
    }

    private static long count(ComponentAnalysis analysis, Owner owner) {
        return analysis.layers().stream().map(LayerAssessment::owner).filter(o -> o == owner).count();
    }

    private static String names(Catalog catalog, ComponentAnalysis analysis, Owner owner) {
        List<String> names = analysis.layers().stream().filter(l -> l.owner() == owner)
                .map(l -> catalog.layer(l.layer()).name()).toList();
        return names.isEmpty() ? "nothing" : String.join(", ", names);
    }
}
