package dev.demarc.catalog;

import java.util.List;

/**
 * Who owns one layer of one component type, what the customer must do there, and why.
 *
 * @param why     one sentence explaining the owner, in Demarc's words
 * @param sources the AWS documents the fact comes from
 */
public record LayerSpec(Layer layer, Owner owner, List<Duty> duties, String why, List<Source> sources) {

    public LayerSpec {
        duties = List.copyOf(duties);
        sources = List.copyOf(sources);
    }
}
