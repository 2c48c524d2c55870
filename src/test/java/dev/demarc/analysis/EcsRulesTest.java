package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ECS tasks: reachability as for EC2 (ECS-R4), task role (R14), secrets (ECS-R2), the launch type (R22). */
class EcsRulesTest {

    @Test
    void publicTasksInAPublicSubnetWithAnOpenRuleAreExposedAndThePathIsDrawn() {
        Analysis a = analyze(Fixtures.tasksWithHttpsOpenToWorld());

        Finding f = assertFires(a, "ecs.public-ip", "svc");
        assertEquals(Severity.HIGH, f.severity());
        assertTrue(f.message().contains("tcp/443"), f.message());
        assertEquals(List.of(ExposurePath.Kind.INTERNET, ExposurePath.Kind.INTERNET_GATEWAY,
                ExposurePath.Kind.PUBLIC_SUBNET, ExposurePath.Kind.OPEN_RULES, ExposurePath.Kind.RESOURCE),
                a.exposurePath("svc").orElseThrow().hops().stream().map(ExposurePath.Hop::kind).toList());
    }

    @Test
    void publicIpsInAPrivateSubnetNameTheMissingLinkAndDrawNoPath() {
        DiagramBuilder d = Fixtures.tasksWithHttpsOpenToWorld();
        d.get("svc").in("priv");

        Analysis a = analyze(d);
        assertTrue(assertFires(a, "ecs.public-ip", "svc").message().contains("Private subnet"));
        assertTrue(a.exposurePath("svc").isEmpty());
    }

    @Test
    void tasksWithoutPublicIpsAreNotReachableWhateverTheirRules() {
        DiagramBuilder d = Fixtures.tasksWithHttpsOpenToWorld();
        d.get("svc").set("assignPublicIp", false);

        Analysis a = analyze(d);
        assertSilent(a, "ecs.public-ip");
        assertTrue(a.exposurePath("svc").isEmpty());
    }

    @Test
    void reachableTasksWhoseRulesAdmitOnlyTheVpcHaveNoPath() {
        Analysis a = analyze(Fixtures.publicTasks(tcp(443, "10.0.0.0/16")));

        assertFires(a, "ecs.public-ip", "svc");
        assertTrue(a.exposurePath("svc").isEmpty());
        assertTrue(analyze(Fixtures.publicTasks(tcp(443, WORLD))).exposurePath("svc").isPresent());
    }

    @Test
    void tasksCallingABucketWithoutATaskRoleHoldKeys() {
        assertEquals(Severity.HIGH, assertFires(analyze(Fixtures.tasksCallingBucketWithoutRole()), "ecs.stored-keys",
                "svc", "data").severity());
        DiagramBuilder withRole = Fixtures.tasksCallingBucketWithoutRole();
        withRole.connect("svc", "svc-role");
        assertSilent(analyze(withRole), "ecs.stored-keys");
    }

    @Test
    void secretsInPlainEnvironmentVariablesAreCriticalAsInProwler() {
        assertEquals(Severity.CRITICAL, assertFires(analyze(Fixtures.tasksWithSecretsInEnvironment()),
                "ecs.secrets-in-environment", "svc").severity());
        assertSilent(analyze(Fixtures.tasksCallingBucketWithoutRole()), "ecs.secrets-in-environment");
    }

    @Test
    void theEc2LaunchTypeLeavesTheHostsToTheCustomerAndFargateDoesNot() {
        Analysis ec2 = analyze(Fixtures.serviceOnEc2LaunchType());
        assertEquals(Severity.INFO, assertFires(ec2, "ecs.hosts-to-patch", "svc").severity());
        DiagramBuilder fargate = Fixtures.serviceOnEc2LaunchType();
        fargate.get("svc").set("launchType", "FARGATE");
        assertSilent(analyze(fargate), "ecs.hosts-to-patch");
    }

    @Test
    void switchingToFargateMovesTheGuestOsAndRuntimeToAwsAndNothingElse() {
        DiagramBuilder d = Fixtures.serviceOnEc2LaunchType();
        ComponentAnalysis onEc2 = analyze(d).component("svc").orElseThrow();
        d.get("svc").set("launchType", "FARGATE");
        ComponentAnalysis onFargate = analyze(d).component("svc").orElseThrow();

        for (Layer layer : Layer.values()) {
            boolean moves = layer == Layer.GUEST_OS || layer == Layer.RUNTIME;
            Owner before = onEc2.layer(layer).owner();
            Owner after = onFargate.layer(layer).owner();
            assertEquals(moves ? Owner.CUSTOMER : after, before, layer + " on EC2");
            assertEquals(moves ? Owner.AWS : before, after, layer + " on Fargate");
        }
        assertTrue(onFargate.layer(Layer.APPLICATION).duties().contains(Duty.PATCH),
                "images stay the customer's to patch on Fargate");
    }
}
