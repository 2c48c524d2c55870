package dev.demarc.ui.present;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.ComponentAnalysis;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.LayerInfo;
import dev.demarc.catalog.Owner;
import dev.demarc.ui.overlay.DutyBadges;
import dev.demarc.ui.overlay.OwnerStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each step of a presentation says, worked out from the analysis: step 0 introduces the diagram, steps
 * 1 to 14 reveal one layer each from facilities upward (who owns it on each service), and the last step
 * lists what the customer must do. Plain text, so the captions and the speaker notes say the same.
 */
final class Steps {

    /** The intro, one step per layer, and the duties. */
    static final int COUNT = Layer.values().length + 2;
    static final int DUTIES = COUNT - 1;

    private Steps() {
    }

    /** "Layer 3 of 14", "Start", "Your duties". */
    static String counter(int step) {
        if (step == 0) {
            return "Start";
        }
        return step == DUTIES ? "Your duties" : "Layer " + step + " of " + Layer.values().length;
    }

    /** The large title of a step. */
    static String title(int step, Catalog catalog, String diagramTitle) {
        if (step == 0) {
            return diagramTitle.isBlank() ? "Who secures what?" : "Who secures what? " + diagramTitle;
        }
        if (step == DUTIES) {
            return "What the customer must do";
        }
        return catalog.layer(layer(step)).name();
    }

    /** The sentence under the title: what the layer is and who owns it where, or the duties. */
    static String text(int step, Catalog catalog, Analysis analysis) {
        return text(step, catalog, analysis, true);
    }

    /** As {@link #text(int, Catalog, Analysis)}; without the findings while they are hidden (class mode). */
    static String text(int step, Catalog catalog, Analysis analysis, boolean findingsShown) {
        List<ComponentAnalysis> services = services(catalog, analysis);
        if (step == 0) {
            return "Each column beside a service is its stack of " + Layer.values().length + " layers, from the "
                    + "data centre at the bottom to logging at the top. Step through with the arrow keys to see "
                    + "who owns each one.";
        }
        if (step == DUTIES) {
            return duties(services, findingsShown);
        }
        LayerInfo info = catalog.layer(layer(step));
        return info.description() + " " + owners(layer(step), services);
    }

    static Layer layer(int step) {
        return Layer.values()[step - 1];
    }

    private static List<ComponentAnalysis> services(Catalog catalog, Analysis analysis) {
        return analysis.components().stream().filter(c -> !catalog.spec(c.component().type()).container()).toList();
    }

    /** "AWS owns it on every service." or "AWS: App server, Files. You: Web server. Shared: DB." */
    static String owners(Layer layer, List<ComponentAnalysis> services) {
        if (services.isEmpty()) {
            return "";
        }
        Map<Owner, List<String>> byOwner = new EnumMap<>(Owner.class);
        for (ComponentAnalysis c : services) {
            byOwner.computeIfAbsent(c.layer(layer).owner(), o -> new ArrayList<>()).add(c.component().displayLabel());
        }
        if (byOwner.size() == 1) {
            Owner only = byOwner.keySet().iterator().next();
            return switch (only) {
                case AWS -> "AWS owns it on every service.";
                case CUSTOMER -> "You own it on every service.";
                case SHARED -> "It is shared on every service.";
                case NONE -> "No service here has this layer.";
            };
        }
        List<String> parts = new ArrayList<>();
        byOwner.forEach((owner, names) -> parts.add(OwnerStyle.plainName(owner) + ": " + names(names)));
        return String.join(". ", parts) + ".";
    }


    /** "Patch on 1 service, encrypt on 4, ..." and what the badges mean: the names are on the canvas. */
    static String duties(List<ComponentAnalysis> services) {
        return duties(services, true);
    }

    private static String duties(List<ComponentAnalysis> services, boolean findingsShown) {
        List<String> parts = new ArrayList<>();
        for (Duty d : Duty.values()) {
            long n = services.stream().filter(c -> c.duties().contains(d)).count();
            if (DutyBadges.badged(d) && n > 0) {
                String what = parts.isEmpty() ? d.displayName() : d.displayName().toLowerCase(Locale.ROOT);
                parts.add(what + " on " + n + (parts.isEmpty() ? (n == 1 ? " service" : " services") : ""));
            }
        }
        if (parts.isEmpty()) {
            return "Nothing: there is no service on the diagram yet.";
        }
        return String.join(", ", parts) + ". Each badge beside a service's stack is one of these duties"
                + (findingsShown ? "; a ring means a finding is open for it." : ".");
    }

    private static String names(List<String> names) {
        if (names.size() <= 4) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    /** The step's caption as one line, for screen readers and the speaker notes. */
    static String spoken(int step, Catalog catalog, Analysis analysis, String diagramTitle) {
        return spoken(step, catalog, analysis, diagramTitle, true);
    }

    static String spoken(int step, Catalog catalog, Analysis analysis, String diagramTitle, boolean findingsShown) {
        return counter(step) + ". " + title(step, catalog, diagramTitle) + ". "
                + text(step, catalog, analysis, findingsShown);
    }
}
