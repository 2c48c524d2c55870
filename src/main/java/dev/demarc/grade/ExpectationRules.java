package dev.demarc.grade;

import dev.demarc.model.ComponentType;
import java.util.Map;
import java.util.Set;

/**
 * Which analyzer findings break a rubric's "not reachable from the internet" and "must be encrypted"
 * expectations, per component type. The analyzer already judges the whole network path and every
 * encryption setting; grading reads its verdicts rather than judging again, so a student sees the same
 * finding in {@code check} and in the grade.
 */
final class ExpectationRules {

    /** The findings that mean the internet can reach a component of the type. */
    static final Map<ComponentType, Set<String>> REACHABLE = Map.of(
            ComponentType.EC2, Set.of("ec2.all-traffic-open", "ec2.admin-port-open", "ec2.internet-facing"),
            ComponentType.RDS, Set.of("rds.exposed-to-internet"),
            ComponentType.S3, Set.of("s3.public"));

    /** The findings that mean data of the type is stored or sent unencrypted. */
    static final Map<ComponentType, Set<String>> UNENCRYPTED = Map.of(
            ComponentType.EC2, Set.of("ec2.ebs-unencrypted"),
            ComponentType.RDS, Set.of("rds.storage-unencrypted", "rds.tls-not-enforced"),
            ComponentType.S3, Set.of("s3.tls-not-enforced"),
            ComponentType.CLOUDFRONT, Set.of("cloudfront.http-allowed"));

    private ExpectationRules() {
    }
}
