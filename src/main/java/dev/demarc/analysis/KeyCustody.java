package dev.demarc.analysis;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import dev.demarc.catalog.Source;
import dev.demarc.model.Component;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relationship rule R15 on the stack: a resource encrypted by a customer managed key drawn on the diagram has its
 * Encryption layer say who controls that key. AWS still performs the encryption, so the layer stays at least
 * shared, but the key's policy (who may decrypt), rotation and deletion are the customer's, which adds the
 * grant-access duty to encrypting.
 */
final class KeyCustody {

    private static final List<String> SOURCES = List.of("KMS-CON", "KMS-ROT");

    private final Facts facts;

    KeyCustody(Facts facts) {
        this.facts = facts;
    }

    /** {@code layers} with the Encryption layer rewritten when {@code c} is encrypted by a customer managed key. */
    List<LayerAssessment> apply(Component c, List<LayerAssessment> layers) {
        Optional<Component> key = Keys.customerManagedKeyOf(facts, c);
        if (key.isEmpty()) {
            return layers;
        }
        int at = Layer.ENCRYPTION.ordinal();
        LayerAssessment usual = layers.get(at);
        Set<Duty> duties = EnumSet.of(Duty.ENCRYPT, Duty.GRANT_ACCESS);
        duties.addAll(usual.duties());
        Owner owner = usual.owner() == Owner.CUSTOMER ? Owner.CUSTOMER : Owner.SHARED;
        List<Source> sources = new ArrayList<>(usual.sources());
        SOURCES.stream().map(tag -> facts.catalog().sources().get(tag)).filter(s -> !sources.contains(s))
                .forEach(sources::add);
        String why = "Customer managed key '" + key.get().displayLabel() + "': you own its key policy (who may "
                + "decrypt), its rotation and its deletion; AWS performs the encryption with it. " + usual.why();
        List<LayerAssessment> out = new ArrayList<>(layers);
        out.set(at, new LayerAssessment(usual.layer(), owner, List.copyOf(duties), why, sources, usual.name()));
        return List.copyOf(out);
    }
}
