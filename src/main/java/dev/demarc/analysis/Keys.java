package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which KMS keys encrypt what on a diagram: a key component connected (either way) to a resource of a type that
 * encrypts with KMS, and whether a resource's own settings agree that it uses a KMS key.
 */
final class Keys {

    /** The types a drawn key can encrypt: stored data, an instance's EBS volumes, function settings, EKS secrets. */
    private static final Set<ComponentType> ENCRYPTED = Set.of(ComponentType.RDS, ComponentType.S3,
            ComponentType.DYNAMODB, ComponentType.SQS, ComponentType.SNS, ComponentType.EC2, ComponentType.LAMBDA,
            ComponentType.EKS);

    private Keys() {
    }

    /** The keys connected to {@code resource}, in connection order; none for a type a key cannot encrypt. */
    static List<Component> of(Facts facts, Component resource) {
        if (!ENCRYPTED.contains(resource.type())) {
            return List.of();
        }
        return facts.linkedOfType(resource, ComponentType.KMS_KEY);
    }

    /** The resources {@code key} encrypts, in diagram order. */
    static List<Component> encryptedBy(Facts facts, Component key) {
        return facts.diagram().components().stream().filter(c -> of(facts, c).contains(key)).toList();
    }

    static boolean customerManaged(Facts facts, Component key) {
        return "customer-managed".equals(facts.text(key, "keyType"));
    }

    /** The first customer managed key connected to {@code resource}, if any. */
    static Optional<Component> customerManagedKeyOf(Facts facts, Component resource) {
        return of(facts, resource).stream().filter(k -> customerManaged(facts, k)).findFirst();
    }

    /**
     * The resource's setting that says it does not encrypt with {@code key}, as "encryption SSE-S3", or empty when
     * its settings agree with the connection.
     */
    static Optional<String> conflictingSetting(Facts facts, Component resource, Component key) {
        boolean cmk = customerManaged(facts, key);
        String type = resource.type().id();
        return switch (type) {
            case "S3" -> textUnless(facts, resource, "encryption",
                    !"SSE-S3".equals(facts.text(resource, "encryption")));
            case "SQS", "SNS" -> textUnless(facts, resource, "encryption",
                    "SSE-KMS".equals(facts.text(resource, "encryption")));
            case "DYNAMODB" -> textUnless(facts, resource, "keyType",
                    facts.text(resource, "keyType").equals(facts.text(key, "keyType")));
            case "RDS" -> !facts.bool(resource, "storageEncrypted") ? Optional.of("storageEncrypted false")
                    : facts.bool(resource, "customerManagedKey") != cmk
                            ? Optional.of("customerManagedKey " + facts.bool(resource, "customerManagedKey"))
                            : Optional.empty();
            case "EC2" -> facts.bool(resource, "ebsEncrypted") ? Optional.empty() : Optional.of("ebsEncrypted false");
            case "EKS" -> facts.bool(resource, "secretsKmsKey") ? Optional.empty()
                    : Optional.of("secretsKmsKey false");
            default -> Optional.empty(); // Lambda always encrypts its environment with some KMS key
        };
    }

    private static Optional<String> textUnless(Facts facts, Component c, String property, boolean agrees) {
        return agrees ? Optional.empty() : Optional.of(property + " " + facts.text(c, property));
    }
}
