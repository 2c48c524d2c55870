package dev.demarc.catalog;

/** The catalog's description of one layer of the vocabulary, shared by every component type. */
public record LayerInfo(Layer layer, String name, String description) {
}
