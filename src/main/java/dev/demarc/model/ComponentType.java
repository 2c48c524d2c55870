package dev.demarc.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of an AWS component, such as {@code EC2} or {@code S3}.
 *
 * <p>This is an open set: which types exist, what they may contain and which properties they have is
 * catalog data, so a new service needs a catalog entry and an icon rather than a new enum constant. The
 * constants below name the built-in types that analyzer rules reason about.
 */
public record ComponentType(String id) implements Comparable<ComponentType> {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

    public static final ComponentType VPC = new ComponentType("VPC");
    public static final ComponentType SUBNET = new ComponentType("SUBNET");
    public static final ComponentType EC2 = new ComponentType("EC2");
    public static final ComponentType RDS = new ComponentType("RDS");
    public static final ComponentType S3 = new ComponentType("S3");
    public static final ComponentType CLOUDFRONT = new ComponentType("CLOUDFRONT");
    public static final ComponentType LAMBDA = new ComponentType("LAMBDA");
    public static final ComponentType ECS = new ComponentType("ECS");
    public static final ComponentType EKS = new ComponentType("EKS");
    public static final ComponentType API_GATEWAY = new ComponentType("API_GATEWAY");
    public static final ComponentType DYNAMODB = new ComponentType("DYNAMODB");
    public static final ComponentType SQS = new ComponentType("SQS");
    public static final ComponentType SNS = new ComponentType("SNS");
    public static final ComponentType APPLICATION_LOAD_BALANCER = new ComponentType("APPLICATION_LOAD_BALANCER");
    public static final ComponentType NAT_GATEWAY = new ComponentType("NAT_GATEWAY");
    public static final ComponentType IAM_ROLE = new ComponentType("IAM_ROLE");
    public static final ComponentType KMS_KEY = new ComponentType("KMS_KEY");

    public ComponentType {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a component type id: " + id);
        }
    }

    /** Whether {@code text} has the shape of a type id (upper-case letters, digits, underscores). */
    public static boolean isWellFormed(String text) {
        return text != null && ID.matcher(text).matches();
    }

    // equals and hashCode by hand: a record's generated ones are bootstrapped through method handles on first
    // use, about 20 ms of processor time on Java 17 for the first record, and the catalog hashes types before
    // the first diagram is read (docs/performance.md, start-up).
    @Override
    public boolean equals(Object other) {
        return other instanceof ComponentType t && id.equals(t.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public int compareTo(ComponentType other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return id;
    }
}
