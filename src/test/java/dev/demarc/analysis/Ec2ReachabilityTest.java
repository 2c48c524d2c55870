package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.WORLD_V6;
import static dev.demarc.analysis.DiagramBuilder.allTraffic;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.FindingAsserts.about;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static dev.demarc.analysis.FindingAsserts.summary;
import static dev.demarc.analysis.FindingAsserts.worst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R1/R2/R17 over the whole diagram: the internet reaches an instance only if ALL of these hold: the VPC has
 * an internet gateway, the subnet is public (routes to it), the instance has a public address (its own or
 * handed out by the subnet), and a security-group rule admits 0.0.0.0/0 or ::/0 on the port. Take any one
 * away and the open rule is no longer an exposure, only a note that it is broader than needed.
 */
class Ec2ReachabilityTest {

    /** The instance-exposure findings that judge its inbound rules. */
    private static final Set<String> RULE_EXPOSURE = Set.of("ec2.all-traffic-open",
            "ec2.admin-port-open", "ec2.internet-facing", "ec2.open-rule-unreachable");

    @Test
    void allFourLinksMakeWorldSshAHighExposure() {
        Analysis a = analyze(Fixtures.sshOpenToWorld());

        assertEquals(Optional.of(Severity.HIGH), worst(a, "web", Duty.EXPOSE), summary(a));
        assertFires(a, "ec2.admin-port-open", "web");
    }

    static Stream<Arguments> pathLinks() {
        return Stream.of(
                Arguments.of("no internet gateway", "internet gateway",
                        (Consumer<DiagramBuilder>) d -> d.get("vpc").set("internetGateway", false)),
                Arguments.of("subnet not public", "private",
                        (Consumer<DiagramBuilder>) d -> d.get("pub").set("public", false)),
                Arguments.of("no public address", "public IP",
                        (Consumer<DiagramBuilder>) d -> d.get("web").set("publicIp", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathLinks")
    void withoutOneLinkOfThePathWorldSshIsOnlyALowNote(String link, String named, Consumer<DiagramBuilder> cut) {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        cut.accept(d);
        Analysis a = analyze(d);

        assertEquals(Optional.of(Severity.LOW), worst(a, "web", Duty.EXPOSE), summary(a));
        Finding note = assertFires(a, "ec2.open-rule-unreachable", "web");
        assertTrue(note.message().contains(named), "names the missing link '" + named + "': " + note.message());
        assertSilent(a, "ec2.admin-port-open");
    }

    @Test
    void withoutAWorldRuleNothingIsOpen() {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        d.get("web").rules(tcp(22, "198.51.100.7/32"));
        Analysis a = analyze(d);

        assertTrue(about(a, "web", Duty.EXPOSE).stream().noneMatch(f -> RULE_EXPOSURE.contains(f.rule())), summary(a));
        assertTrue(about(a, "web", Duty.EXPOSE).stream().noneMatch(f -> f.severity().atLeast(Severity.HIGH)),
                summary(a));
    }

    @Test
    void withoutAnyRuleNothingIsOpen() {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        d.get("web").unset("securityGroups");
        Analysis a = analyze(d);

        assertTrue(about(a, "web", Duty.EXPOSE).stream().noneMatch(f -> f.severity().atLeast(Severity.HIGH)),
                summary(a));
    }

    @Test
    void subnetAutoAssignedAddressIsAPublicAddressToo() {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        d.get("web").set("publicIp", false);
        d.get("pub").set("autoAssignPublicIp", true);
        Analysis a = analyze(d);

        assertEquals(Optional.of(Severity.HIGH), worst(a, "web", Duty.EXPOSE), summary(a));
        assertFires(a, "ec2.admin-port-open", "web");
    }

    @Test
    void autoAssignInPrivateSubnetDoesNotOpenAPath() {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        d.get("web").set("publicIp", false);
        d.get("pub").set("autoAssignPublicIp", true).set("public", false);
        Analysis a = analyze(d);

        assertEquals(Optional.of(Severity.LOW), worst(a, "web", Duty.EXPOSE), summary(a));
    }

    @Test
    void ipv6WorldRuleCountsAsTheWholeInternet() {
        Analysis a = analyze(Fixtures.publicInstance(tcp(22, WORLD_V6)));

        assertFires(a, "ec2.admin-port-open", "web");
    }

    @Test
    void allProtocolRuleCoversTheSshPort() {
        Analysis a = analyze(Fixtures.publicInstance(allTraffic(WORLD)));

        // Every port open, SSH included: the all-traffic exposure, critical (docs/severity-policy.md).
        assertEquals(Optional.of(Severity.CRITICAL), worst(a, "web", Duty.EXPOSE), summary(a));
    }

    @Test
    void allProtocolRuleWithoutAPathIsOnlyALowNote() {
        DiagramBuilder d = Fixtures.publicInstance(allTraffic(WORLD));
        d.get("vpc").set("internetGateway", false);
        Analysis a = analyze(d);

        assertEquals(Optional.of(Severity.LOW), worst(a, "web", Duty.EXPOSE), summary(a));
        assertSilent(a, "ec2.all-traffic-open");
    }

    @Test
    void theSameRuleExposesOnlyTheInstanceWithAPath() {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        Fixtures.hardenedInstance(d, "worker", "priv").label("Worker").set("publicIp", true).rules(tcp(22, WORLD));
        Analysis a = analyze(d);

        assertEquals(Optional.of(Severity.HIGH), worst(a, "web", Duty.EXPOSE));
        assertEquals(Optional.of(Severity.LOW), worst(a, "worker", Duty.EXPOSE));
    }

    @Test
    void webPortOnReachableInstanceIsNoAdminExposure() {
        Analysis a = analyze(Fixtures.httpsOpenToWorld());

        assertFalse(about(a, "web", Duty.EXPOSE).stream().anyMatch(f -> f.severity().atLeast(Severity.HIGH)),
                summary(a));
    }
}
