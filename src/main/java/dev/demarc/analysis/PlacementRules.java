package dev.demarc.analysis;

import dev.demarc.catalog.Placement;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import java.util.Locale;
import java.util.Optional;

/**
 * Placement that is legal in the file but wrong for AWS, judged from the catalog's placement data: an
 * instance outside any subnet, a subnet inside a subnet, a VPC inside anything, a bucket drawn inside a VPC.
 */
final class PlacementRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component c : facts.diagram().components()) {
            TypeSpec spec = facts.catalog().spec(c.type());
            Placement placement = spec.placement();
            Optional<Component> parent = facts.diagram().parentOf(c);
            if (parent.isEmpty()) {
                if (placement.required()) {
                    out.report("placement.missing-parent", facts.name(c) + " is not inside "
                            + parentNames(placement) + ". " + placement.advice(), c);
                }
            } else if (placement.parents().isEmpty() && spec.container()) {
                // A container that belongs nowhere (a VPC) is top-level structure, not a regional service.
                out.report("placement.wrong-parent", facts.name(c) + " is inside " + facts.name(parent.get())
                        + ", but it belongs at the top level of the diagram. " + placement.advice(), c, parent.get());
            } else if (placement.parents().isEmpty()) {
                out.report("placement.regional-service-in-vpc", facts.name(c) + " is drawn inside "
                        + facts.name(parent.get()) + ", but " + spec.shortName() + " does not run in a VPC. "
                        + placement.advice(), c, parent.get());
            } else if (!placement.allows(parent.get().type())) {
                out.report("placement.wrong-parent", facts.name(c) + " is inside " + facts.name(parent.get())
                        + ", but it belongs in " + parentNames(placement) + ". " + placement.advice(), c,
                        parent.get());
            }
        }
    }

    private static String parentNames(Placement placement) {
        return placement.parents().stream().map(t -> "a " + t.id().toLowerCase(Locale.ROOT))
                .sorted().reduce((a, b) -> a + " or " + b).orElse("a container");
    }
}
