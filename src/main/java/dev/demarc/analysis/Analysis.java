package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.Diagram;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The result of analyzing a diagram: each component's stack and findings, and all findings, worst first. */
public final class Analysis {

    private final Diagram diagram;
    private final List<ComponentAnalysis> components;
    private final List<Finding> findings;
    private final Map<String, ComponentAnalysis> byId;
    private final Map<String, ExposurePath> exposurePaths;
    private final Map<String, NetworkExposure> networkExposure;
    private final Map<String, List<Checklist>> preconditions;
    private final Map<String, String> outboundGateways;

    Analysis(Diagram diagram, List<ComponentAnalysis> components, List<Finding> findings,
            Map<String, ExposurePath> exposurePaths, Map<String, NetworkExposure> networkExposure,
            Map<String, List<Checklist>> preconditions, Map<String, String> outboundGateways) {
        this.diagram = diagram;
        this.outboundGateways = Map.copyOf(outboundGateways);
        this.preconditions = Map.copyOf(preconditions);
        this.exposurePaths = Map.copyOf(exposurePaths);
        this.networkExposure = Map.copyOf(networkExposure);
        this.components = List.copyOf(components);
        this.findings = List.copyOf(findings);
        Map<String, ComponentAnalysis> index = new LinkedHashMap<>();
        components.forEach(c -> index.put(c.component().id(), c));
        this.byId = Collections.unmodifiableMap(index);
    }

    public Diagram diagram() {
        return diagram;
    }

    /** One entry per component, in diagram order. */
    public List<ComponentAnalysis> components() {
        return components;
    }

    public Optional<ComponentAnalysis> component(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** How the internet reaches the component with this id, when every link of the way is open. */
    public Optional<ExposurePath> exposurePath(String componentId) {
        return Optional.ofNullable(exposurePaths.get(componentId));
    }

    /** What the VPC or subnet with this id does to exposure; empty for services. */
    public Optional<NetworkExposure> networkExposure(String componentId) {
        return Optional.ofNullable(networkExposure.get(componentId));
    }

    /**
     * The NAT gateway a private subnet with this id reaches the internet through, outbound only; empty when it
     * has none that works (see {@link NetworkExposure#PRIVATE_WITH_NAT}).
     */
    public Optional<Component> outboundGateway(String subnetId) {
        return Optional.ofNullable(outboundGateways.get(subnetId)).flatMap(diagram::component);
    }

    /**
     * The conditions of each exposure rule that can fire on the component with this id, marked as they
     * stand: what would make it worse, one change at a time. Empty for components no exposure rule checks.
     */
    public List<Checklist> preconditions(String componentId) {
        return preconditions.getOrDefault(componentId, List.of());
    }

    /** All findings: most severe first, then in diagram order. */
    public List<Finding> findings() {
        return findings;
    }

    /** How many findings there are of each severity; every severity is present, most severe first. */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** The most severe finding's severity, if there is any finding. */
    public Optional<Severity> worst() {
        return findings.isEmpty() ? Optional.empty() : Optional.of(findings.get(0).severity());
    }
}
