package dev.demarc.quiz;

import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.model.ComponentType;

/**
 * One question of the layer quiz, "who owns this layer of this component?", with the analyzer's answer and
 * the catalog's reason, shown when the student gets it wrong.
 *
 * @param component the component's id on the diagram
 * @param name      the component's label, as the student sees it
 * @param layerName the catalog's name of the layer
 * @param expected  the owner the analyzer gives the layer
 * @param why       the catalog's one-sentence reason for that owner
 */
public record LayerQuestion(String component, String name, ComponentType type, Layer layer, String layerName,
        Owner expected, String why) {
}
