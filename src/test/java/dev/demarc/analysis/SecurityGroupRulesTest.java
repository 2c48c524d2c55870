package dev.demarc.analysis;

import static dev.demarc.analysis.DiagramBuilder.WORLD;
import static dev.demarc.analysis.DiagramBuilder.tcp;
import static dev.demarc.analysis.DiagramBuilder.tcpFromGroup;
import static dev.demarc.analysis.DiagramBuilder.tcpRange;
import static dev.demarc.analysis.FindingAsserts.analyze;
import static dev.demarc.analysis.FindingAsserts.assertFires;
import static dev.demarc.analysis.FindingAsserts.assertSilent;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The exposure rules read the union of a component's security groups: port ranges count when they include the
 * port, a group source admits only the group's members, a shared open group exposes every member, and the
 * findings name the group.
 */
class SecurityGroupRulesTest {

    @Test
    void aRangeIncludingSshOpensAdministration() {
        Analysis a = analyze(Fixtures.publicInstance(tcpRange(20, 25, WORLD)));

        Finding f = assertFires(a, "ec2.admin-port-open", "web");
        assertTrue(f.message().contains("group 'web-sg' admits tcp/20-25 from 0.0.0.0/0"), f.message());
    }

    @Test
    void aRangeIncludingRdpOpensAdministration() {
        assertFires(analyze(Fixtures.publicInstance(tcpRange(3000, 4000, WORLD))), "ec2.admin-port-open", "web");
    }

    @Test
    void aRangeMissingTheAdminPortsOnlyServesTheInternet() {
        Analysis a = analyze(Fixtures.publicInstance(tcpRange(8000, 8080, WORLD)));

        assertSilent(a, "ec2.admin-port-open");
        Finding f = assertFires(a, "ec2.internet-facing", "web");
        assertTrue(f.message().contains("tcp/8000-8080"), f.message());
    }

    @Test
    void aRangeIncludingTheEnginePortExposesTheDatabase() {
        assertFires(analyze(Fixtures.publicDatabase("postgres", tcpRange(5000, 6000, WORLD))),
                "rds.exposed-to-internet", "db");
    }

    @Test
    void theDatabaseFindingNamesEveryOpenGroup() {
        DiagramBuilder d = Fixtures.publicDatabase("postgres", tcp(5432, WORLD));
        d.group("admin-sg", tcpRange(5432, 5433, "::/0"));
        d.get("db").groups("admin-sg");
        Finding f = assertFires(analyze(d), "rds.exposed-to-internet", "db");

        assertTrue(f.message().contains("groups 'db-sg', 'admin-sg' admit the whole internet on port 5432"),
                f.message());
    }

    @Test
    void aRangeMissingTheEnginePortLeavesTheDatabaseUnexposed() {
        assertSilent(analyze(Fixtures.publicDatabase("postgres", tcpRange(3306, 3306, WORLD))),
                "rds.exposed-to-internet");
    }

    @Test
    void ipv6AnywhereCountsAsTheInternet() {
        Analysis a = analyze(Fixtures.publicInstance(tcpRange(0, 65535, "::/0")));

        Finding f = assertFires(a, "ec2.admin-port-open", "web");
        assertTrue(f.message().contains("group 'web-sg' admits tcp/0-65535 from ::/0"), f.message());
    }

    @Test
    void aGroupSourceDoesNotExposeEvenWhenThatGroupIsOpen() {
        DiagramBuilder d = Fixtures.publicInstance(tcpFromGroup(22, 22, "lb-sg"));
        d.group("lb-sg", tcp(443, WORLD));
        Analysis a = analyze(d);

        assertSilent(a, "ec2.admin-port-open");
        assertSilent(a, "ec2.internet-facing");
        assertFalse(a.exposurePath("web").isPresent(), "a rule from a group admits only the group's members");
    }

    @Test
    void twoInstancesSharingAnOpenGroupBothGetFindings() {
        DiagramBuilder d = Fixtures.publicInstance();
        d.get("web").unset("securityGroups").groups("open-ssh");
        Fixtures.hardenedInstance(d, "web2", "pub").set("publicIp", true).groups("open-ssh");
        d.group("open-ssh", tcp(22, WORLD));
        Analysis a = analyze(d);

        Finding first = assertFires(a, "ec2.admin-port-open", "web");
        Finding second = assertFires(a, "ec2.admin-port-open", "web2");
        assertTrue(first.message().contains("group 'open-ssh'"), first.message());
        assertTrue(second.message().contains("group 'open-ssh'"), second.message());
    }

    @Test
    void theExposurePathNamesTheGroup() {
        Analysis a = analyze(Fixtures.sshOpenToWorld());

        String hop = a.exposurePath("web").orElseThrow().hops().get(3).text();
        assertTrue(hop.contains("'web-sg'") && hop.contains("tcp/22 from 0.0.0.0/0"), hop);
    }
}
