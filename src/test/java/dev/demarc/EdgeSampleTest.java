package dev.demarc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.ExposurePath;
import dev.demarc.analysis.Finding;
import dev.demarc.analysis.NetworkExposure;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The load balancer and NAT sample teaches the usual shape: the internet reaches the private app server only
 * through the load balancer's listener, and the app server's subnet goes out through the NAT gateway only.
 */
class EdgeSampleTest {

    private static final Path SAMPLE = Path.of(System.getProperty("demarc.samples", "samples"), "alb-and-nat.json");
    private static final Catalog CATALOG = Catalog.builtIn();

    private static Analysis analysis() throws Exception {
        return new Analyzer(CATALOG).analyze(new DiagramReader(CATALOG).read(SAMPLE).diagram());
    }

    @Test
    void theOnlyFindingsSayHowTheInternetComesInThroughTheLoadBalancer() throws Exception {
        List<String> rules = analysis().findings().stream().map(Finding::rule).sorted().toList();

        assertEquals(List.of("alb.internet-facing", "alb.target-behind-load-balancer"), rules);
    }

    @Test
    void theWayInToTheAppServerGoesThroughTheListener() throws Exception {
        ExposurePath path = analysis().exposurePath("app").orElseThrow();

        assertEquals(List.of("", "vpc", "public-subnet", "alb", "app"),
                path.hops().stream().map(ExposurePath.Hop::component).toList());
        assertEquals(ExposurePath.Kind.LOAD_BALANCER, path.hops().get(3).kind());
    }

    @Test
    void theAppSubnetGoesOutThroughTheNatGatewayOnly() throws Exception {
        Analysis a = analysis();

        assertEquals(Optional.of(NetworkExposure.PRIVATE_WITH_NAT), a.networkExposure("app-subnet"));
        assertEquals("NAT", a.outboundGateway("app-subnet").orElseThrow().displayLabel());
    }
}
