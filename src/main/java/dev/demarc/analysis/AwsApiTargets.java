package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Set;

/**
 * The services a workload uses through signed AWS API requests. Calling one of them needs AWS credentials, so a
 * caller without a role must hold long-term access keys (relationship rule R14).
 */
final class AwsApiTargets {

    private static final Set<ComponentType> SIGNED_API = Set.of(ComponentType.S3, ComponentType.DYNAMODB,
            ComponentType.SQS, ComponentType.SNS);

    private AwsApiTargets() {
    }

    /** What {@code c} has a connection to that it calls through the AWS API, in the order of the connections. */
    static List<Component> calledBy(Facts facts, Component c) {
        return facts.diagram().targetsOf(c.id()).stream().filter(t -> needsCredentials(t.type())).toList();
    }

    /** Whether a connection to a component of {@code type} is a call that needs AWS credentials. */
    private static boolean needsCredentials(ComponentType type) {
        return SIGNED_API.contains(type);
    }
}
