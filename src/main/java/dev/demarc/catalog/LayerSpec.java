package dev.demarc.catalog;

import java.util.List;

/**
 * Who owns one layer of one component type, what the customer must do there, and why; and the settings that
 * change that for one component ({@link LayerVariant}s, first match wins).
 *
 * @param why      one sentence explaining the owner, in Demarc's words
 * @param sources  the AWS documents the fact comes from
 * @param variants settings that move the line on this layer; usually none
 */
public record LayerSpec(Layer layer, Owner owner, List<Duty> duties, String why, List<Source> sources,
        List<LayerVariant> variants) {

    public LayerSpec {
        duties = List.copyOf(duties);
        sources = List.copyOf(sources);
        variants = List.copyOf(variants);
    }
}
