package dev.demarc.quiz;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Placement;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-service diagram for teaching: the component of the chosen type with the settings the user chose,
 * placed where the catalog says it belongs (inside a private subnet of a VPC without an internet gateway,
 * when its type runs in a subnet), so the analyzer judges the service itself and not a missing container.
 * The compare view and the quiz analyze these with the real {@code Analyzer}; nothing here decides owners.
 */
public final class Specimen {

    /** The id of the component under study in every specimen diagram. */
    public static final String ID = "specimen";

    private Specimen() {
    }

    /** The diagram holding one component of {@code type} with {@code properties}, and its containers. */
    public static Diagram of(Catalog catalog, ComponentType type, Properties properties) {
        List<Component> out = new ArrayList<>();
        String parent = containers(catalog.spec(type).placement(), out);
        out.add(new Component(ID, type, catalog.spec(type).name(), 60, 60, null, null, parent, properties));
        return new Diagram(catalog.spec(type).shortName(), out, List.of());
    }

    /** Adds the VPC (and subnet) the placement asks for; returns the id of the innermost, or null. */
    private static String containers(Placement placement, List<Component> out) {
        ComponentType vpc = ComponentType.VPC;
        ComponentType subnet = ComponentType.SUBNET;
        if (placement.allows(subnet)) {
            out.add(box("vpc", vpc, null, 0, 0, 600, 400));
            out.add(box("private-subnet", subnet, "vpc", 20, 20, 560, 360));
            return "private-subnet";
        }
        if (placement.allows(vpc)) {
            out.add(box("vpc", vpc, null, 0, 0, 600, 400));
            return "vpc";
        }
        return null;
    }

    private static Component box(String id, ComponentType type, String parent, double x, double y, double w,
            double h) {
        return new Component(id, type, null, x, y, w, h, parent, Properties.empty());
    }
}
