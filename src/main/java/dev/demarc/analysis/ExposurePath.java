package dev.demarc.analysis;

import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Set;

/**
 * The way the internet gets to one component, hop by hop, as the analyzer found it: for an instance or a
 * database, the internet, the VPC's internet gateway, the public subnet's route, the security-group rules that
 * admit the world, and the resource (ECS tasks alike); for a public bucket, queue or topic, the internet, the
 * policy that lets everyone in, and the resource; for a Lambda function, the internet, its unsigned function URL
 * or the open API in front of it, and the function; for a target of a reachable load balancer that has no way in
 * of its own, the way in to the load balancer, its listener, and the target. The overlay draws it when an
 * exposure finding is selected, so a student sees every link they would have to break.
 *
 * @param resource the id of the exposed component (the last hop)
 * @param hops     from the internet to the resource, never empty
 */
public record ExposurePath(String resource, List<Hop> hops) {

    /** The types whose way in from the internet the analyzer works out; for others it draws no path. */
    public static final Set<ComponentType> JUDGED = Set.of(ComponentType.EC2, ComponentType.RDS, ComponentType.S3,
            ComponentType.ECS, ComponentType.LAMBDA, ComponentType.SQS, ComponentType.SNS,
            ComponentType.APPLICATION_LOAD_BALANCER);

    public ExposurePath {
        hops = List.copyOf(hops);
        if (hops.isEmpty()) {
            throw new IllegalArgumentException("an exposure path has at least one hop");
        }
    }

    /**
     * Whether the internet reaches the resource itself, not only through a load balancer's listener: the design
     * that puts an app tier behind an internet-facing load balancer is the one the course teaches, so grading
     * counts only direct ways in as "reachable". (A resource with both ways in has its direct path recorded.)
     */
    public boolean direct() {
        return hops.stream().noneMatch(h -> h.kind() == Kind.LOAD_BALANCER);
    }

    /** What a hop is; the internet is the only hop that is not a component on the diagram. */
    public enum Kind {
        INTERNET, INTERNET_GATEWAY, PUBLIC_SUBNET, OPEN_RULES, PUBLIC_ACCESS,
        /** An API Gateway API in front of the resource that checks no caller; drawn at the API. */
        OPEN_API,
        /** An internet-facing load balancer's listener handing requests to a target; drawn at the load balancer. */
        LOAD_BALANCER,
        RESOURCE
    }

    /**
     * One link of the path.
     *
     * @param component the id of the diagram component the hop is drawn at; empty for the internet
     * @param label     a few words for a drawing, e.g. {@code Security group: tcp/22 from 0.0.0.0/0}
     * @param text      what the hop is, in a sentence, e.g. {@code Security group admits tcp/22 from 0.0.0.0/0 to
     *                  its public IPv4 address}
     */
    public record Hop(Kind kind, String component, String label, String text) {
    }
}
