package dev.demarc.analysis;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.LayerSpec;
import dev.demarc.catalog.LayerVariant;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Analyzes a diagram: a pure function of the diagram and the catalog. For every component it lays out the
 * fourteen-layer responsibility stack, and it runs the rule families over the whole diagram to find what
 * the customer has got wrong. The same input always gives the same output, in the same order.
 */
public final class Analyzer {

    /** How the findings of one severity about one component are listed. */
    private static final Comparator<Finding> BY_RULE_THEN_MESSAGE = (a, b) -> {
        int c = a.rule().compareTo(b.rule());
        return c != 0 ? c : a.message().compareTo(b.message());
    };

    private final Catalog catalog;
    private final RuleBook rules;
    private final List<RuleFamily> families = List.of(new PlacementRules(), new NetworkRules(), new Ec2Rules(),
            new RdsRules(), new S3Rules(), new CloudFrontRules(), new LambdaRules(), new EcsRules(), new EksRules(),
            new ApiGatewayRules(), new DynamoDbRules(), new SqsRules(), new SnsRules(), new AlbRules(), new NatRules(),
            new IamRoleRules(), new KmsKeyRules());
    /** The usual stack of each type, built once per type; a component's settings may vary a few layers. */
    private final Map<ComponentType, List<LayerAssessment>> stacks = new ConcurrentHashMap<>();

    public Analyzer(Catalog catalog) {
        this(catalog, RuleBook.load(catalog));
    }

    public Analyzer(Catalog catalog, RuleBook rules) {
        this.catalog = catalog;
        this.rules = rules;
    }

    public RuleBook rules() {
        return rules;
    }

    public Analysis analyze(Diagram diagram) {
        Findings out = new Findings(rules);
        Facts facts = new Facts(diagram, catalog);
        for (RuleFamily family : families) {
            family.check(facts, out);
        }
        List<Finding> findings = sorted(diagram, out.all());
        Map<String, List<Finding>> byComponent = new HashMap<>();
        for (Finding f : findings) {
            for (String id : f.components()) {
                byComponent.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
            }
        }
        List<ComponentAnalysis> components = new ArrayList<>(diagram.components().size());
        Exposures exposures = facts.exposures();
        Map<String, ExposurePath> paths = new HashMap<>();
        Map<String, NetworkExposure> networks = new HashMap<>();
        Map<String, String> outboundGateways = new HashMap<>();
        Map<String, List<Checklist>> checklists = new HashMap<>();
        Preconditions preconditions = new Preconditions(facts, rules);
        KeyCustody custody = new KeyCustody(facts);
        for (Component c : diagram.components()) {
            components.add(new ComponentAnalysis(c, custody.apply(c, layers(catalog.spec(c.type()), c)),
                    byComponent.getOrDefault(c.id(), List.of())));
            exposures.path(c).ifPresent(p -> paths.put(c.id(), p));
            exposures.network(c).ifPresent(n -> networks.put(c.id(), n));
            exposures.outboundGateway(c).ifPresent(g -> outboundGateways.put(c.id(), g.id()));
            List<Checklist> lists = preconditions.of(c);
            if (!lists.isEmpty()) {
                checklists.put(c.id(), lists);
            }
        }
        return new Analysis(diagram, components, findings, paths, networks, checklists, outboundGateways);
    }

    /**
     * The stack of one component: its type's stack, except on layers where a setting of the component moves
     * the line ({@link LayerVariant}); only those components get a stack of their own.
     */
    private List<LayerAssessment> layers(TypeSpec spec, Component c) {
        List<LayerAssessment> usual = layers(spec);
        List<LayerAssessment> out = null;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec l = spec.layers().get(i);
            for (LayerVariant v : l.variants()) {
                if (v.appliesTo(spec.effective(c, v.property()))) {
                    if (out == null) {
                        out = new ArrayList<>(usual);
                    }
                    out.set(i, new LayerAssessment(l.layer(), v.owner(), v.duties(), v.why(), v.sources(),
                            catalog.layer(l.layer()).name()));
                    break;
                }
            }
        }
        return out == null ? usual : List.copyOf(out);
    }

    private List<LayerAssessment> layers(TypeSpec spec) {
        return stacks.computeIfAbsent(spec.type(), t -> {
            List<LayerAssessment> out = new ArrayList<>();
            for (LayerSpec l : spec.layers()) {
                out.add(new LayerAssessment(l.layer(), l.owner(), l.duties(), l.why(), l.sources(),
                        catalog.layer(l.layer()).name()));
            }
            return List.copyOf(out);
        });
    }

    /**
     * The findings, most severe first, then in the order of the diagram's components, then by rule and message.
     * Findings are put in a bucket per severity and component, and only a bucket's few findings are compared:
     * at 10,000 components a comparison sort of every finding was about a quarter of the analysis' time.
     */
    private static List<Finding> sorted(Diagram diagram, List<Finding> findings) {
        List<Component> components = diagram.components();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            position.put(components.get(i).id(), i);
        }
        int places = components.size() + 1; // the last place holds findings about no component of the diagram
        List<List<Finding>> buckets = new ArrayList<>(Collections.nCopies(Severity.values().length * places,
                null));
        for (Finding f : findings) {
            int place = position.getOrDefault(f.components().get(0), components.size());
            int bucket = f.severity().ordinal() * places + place;
            if (buckets.get(bucket) == null) {
                buckets.set(bucket, new ArrayList<>(2));
            }
            buckets.get(bucket).add(f);
        }
        List<Finding> out = new ArrayList<>(findings.size());
        for (List<Finding> bucket : buckets) {
            if (bucket != null) {
                bucket.sort(BY_RULE_THEN_MESSAGE);
                out.addAll(bucket);
            }
        }
        return out;
    }
}
