package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.DiagramBuilder.udp;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.ExposurePath.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The exposure path the overlay draws and the exposure each container creates. A path exists exactly when the
 * matching exposure finding fires, and names every link a student would have to break.
 */
class ExposuresTest {

    @Test
    void sshOpenToTheWorldOnAPublicInstanceGoesThroughGatewaySubnetAndRule() {
        Analysis a = analyze(Fixtures.sshOpenToWorld());

        ExposurePath path = a.exposurePath("web").orElseThrow();
        assertEquals("web", path.resource());
        assertEquals(List.of(Kind.INTERNET, Kind.INTERNET_GATEWAY, Kind.PUBLIC_SUBNET, Kind.OPEN_RULES,
                Kind.RESOURCE), path.hops().stream().map(ExposurePath.Hop::kind).toList());
        assertEquals(List.of("", "vpc", "pub", "web", "web"),
                path.hops().stream().map(ExposurePath.Hop::component).toList());
        assertTrue(path.hops().get(3).text().contains("tcp/22 from 0.0.0.0/0"), path.hops().get(3).text());
    }

    @Test
    void anInstanceInAPrivateSubnetHasNoPathEvenWithAWorldRule() {
        assertEquals(Optional.empty(), analyze(Fixtures.privateInstanceWithSshOpenToWorld()).exposurePath("worker"));
    }

    @Test
    void anInstanceWithoutAPublicAddressHasNoPath() {
        DiagramBuilder d = Fixtures.sshOpenToWorld();
        d.get("web").set("publicIp", false);

        assertEquals(Optional.empty(), analyze(d).exposurePath("web"));
    }

    @Test
    void anExposedDatabaseHasAPathThatNamesOnlyItsEnginePort() {
        DiagramBuilder d = Fixtures.publicDatabase("postgres", tcp(5432, WORLD));
        d.get("db").rules(tcp(5432, WORLD), tcp(22, WORLD));
        Analysis a = analyze(d);

        FindingAsserts.assertFires(a, "rds.exposed-to-internet", "db");
        String rules = a.exposurePath("db").orElseThrow().hops().get(3).text();
        assertTrue(rules.contains("tcp/5432"), rules);
        assertTrue(!rules.contains("tcp/22 "), rules);
    }

    @Test
    void aPublicDatabaseWhoseWorldRulesMissTheEnginePortHasNoPath() {
        Analysis a = analyze(Fixtures.publicDatabase("postgres", udp(5432, WORLD)));

        FindingAsserts.assertSilent(a, "rds.exposed-to-internet");
        assertEquals(Optional.empty(), a.exposurePath("db"));
    }

    @Test
    void aPublicBucketIsReachedDirectly() {
        Analysis a = analyze(Fixtures.publicBucket());

        assertEquals(List.of(Kind.INTERNET, Kind.PUBLIC_ACCESS, Kind.RESOURCE),
                a.exposurePath("site").orElseThrow().hops().stream().map(ExposurePath.Hop::kind).toList());
        assertEquals(Optional.empty(), analyze(Fixtures.publicPolicyBlockedByBlockPublicAccess()).exposurePath("site"));
    }

    @Test
    void aQueueOrTopicWhosePolicyAllowsAnyoneIsReachedThroughThePolicy() {
        Analysis queue = analyze(Fixtures.publicQueue());
        Analysis topic = analyze(Fixtures.publicTopic());

        ExposurePath path = queue.exposurePath("jobs").orElseThrow();
        assertEquals(List.of(Kind.INTERNET, Kind.PUBLIC_ACCESS, Kind.RESOURCE),
                path.hops().stream().map(ExposurePath.Hop::kind).toList());
        assertTrue(path.hops().get(1).text().startsWith("Queue policy"), path.hops().get(1).text());
        assertTrue(topic.exposurePath("alerts").orElseThrow().hops().get(1).text().startsWith("Topic policy"));
        // A path exists exactly when the exposure finding fires.
        FindingAsserts.assertFires(queue, "sqs.public-policy", "jobs");
        FindingAsserts.assertFires(topic, "sns.public-policy", "alerts");
    }

    @Test
    void aQueueOrTopicWithoutAPublicPolicyAndAnyTableHaveNoPath() {
        assertEquals(Optional.empty(), analyze(Fixtures.queueWithDefaults()).exposurePath("jobs"));
        assertEquals(Optional.empty(), analyze(Fixtures.topicWithDefaults()).exposurePath("alerts"));
        // DynamoDB refuses a public policy, so a table has no way in from the internet to draw.
        assertEquals(Optional.empty(), analyze(Fixtures.tableSharedWithAnotherAccount()).exposurePath("orders"));
    }

    @Test
    void containersSayWhatTheyDoToExposure() {
        Analysis a = analyze(Fixtures.sshOpenToWorld());
        assertEquals(Optional.of(NetworkExposure.VPC_WITH_GATEWAY), a.networkExposure("vpc"));
        assertEquals(Optional.of(NetworkExposure.PUBLIC_SUBNET), a.networkExposure("pub"));
        assertEquals(Optional.of(NetworkExposure.PRIVATE_SUBNET), a.networkExposure("priv"));
        assertEquals(Optional.empty(), a.networkExposure("web"));

        Analysis closed = analyze(Fixtures.publicSubnetWithoutGateway());
        assertTrue(closed.components().stream().anyMatch(c -> closed.networkExposure(c.component().id())
                .equals(Optional.of(NetworkExposure.PUBLIC_WITHOUT_GATEWAY))));
        assertTrue(closed.components().stream().anyMatch(c -> closed.networkExposure(c.component().id())
                .equals(Optional.of(NetworkExposure.VPC_WITHOUT_GATEWAY))));
    }
}
