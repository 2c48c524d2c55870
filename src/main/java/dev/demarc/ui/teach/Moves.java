package dev.demarc.ui.teach;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.OwnerStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Says in words what a setting moved in a compare column: "Backup and recovery moved from shared to you."
 * Shown under the column, so the change is read, not only seen as a fading band.
 */
final class Moves {

    private Moves() {
    }

    /** The sentence for {@code moves} of the service {@code service}; says so when nothing moved. */
    static String sentence(Catalog catalog, String service, List<StackColumn.Move> moves) {
        if (moves.isEmpty()) {
            return "No layer of " + service + " changed owner.";
        }
        return moves.stream().map(m -> catalog.layer(m.layer()).name() + " moved from " + plain(m.from()) + " to "
                + plain(m.to())).collect(Collectors.joining("; ")) + ".";
    }

    private static String plain(Owner owner) {
        // Mid-sentence: "from shared to you", while "AWS" keeps its capitals.
        return owner == Owner.AWS ? "AWS" : OwnerStyle.plainName(owner).toLowerCase(Locale.ROOT);
    }
}
