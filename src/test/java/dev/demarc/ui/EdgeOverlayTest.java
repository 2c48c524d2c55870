package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The load balancer and the NAT gateway in the editor: both come from the palette with their own icons, a private
 * subnet routed to the NAT gateway says it goes out only, and selecting the finding about a target behind the
 * load balancer draws the way in through the listener.
 */
class EdgeOverlayTest extends EditorTestBase {

    private static Component part(String id, ComponentType type, String label, double x, double y, Double width,
            Double height, String parent, Properties properties) {
        return new Component(id, type, label, x, y, width, height, parent, properties);
    }

    /** A load balancer and a NAT gateway in the public subnet, and an app server in the private one. */
    private static Diagram edge() {
        Properties alb = Properties.empty().with("listener", new PropertyValue.Text("HTTPS"))
                .with("securityGroups", new PropertyValue.Groups(List.of("alb-sg")));
        // The app server admits only the load balancer's group, as the course teaches.
        Properties app = Properties.empty().with("securityGroups", new PropertyValue.Groups(List.of("app-sg")));
        List<SecurityGroup> groups = List.of(
                new SecurityGroup("alb-sg", "Load balancer", null,
                        List.of(InboundRule.fromCidr(Protocol.TCP, 443, 443, "0.0.0.0/0"))),
                new SecurityGroup("app-sg", "App servers", null,
                        List.of(InboundRule.fromGroup(Protocol.TCP, 8080, 8080, "alb-sg"))));
        List<Component> parts = List.of(
                part("vpc", ComponentType.VPC, "VPC", 0, 0, 580.0, 520.0, null,
                        Properties.empty().with("internetGateway", new PropertyValue.Bool(true))),
                part("pub", ComponentType.SUBNET, "Public", 20, 40, 540.0, 210.0, "vpc",
                        Properties.empty().with("public", new PropertyValue.Bool(true))),
                part("alb", ComponentType.APPLICATION_LOAD_BALANCER, "Web ALB", 40, 110, null, null, "pub", alb),
                part("nat", ComponentType.NAT_GATEWAY, "NAT", 300, 110, null, null, "pub", Properties.empty()),
                part("priv", ComponentType.SUBNET, "Private", 20, 270, 540.0, 230.0, "vpc",
                        Properties.empty().with("natRoute", new PropertyValue.Bool(true))),
                part("app", ComponentType.EC2, "App server", 40, 350, null, null, "priv", app));
        return new Diagram(null, parts, List.of(Connection.of("k1", "alb", "app")), groups);
    }

    @Test
    void privateSubnetRoutedToTheNatGatewaySaysItGoesOutOnly() {
        show(edge());
        focusCanvas();
        shortcut(KeyCode.R);

        Node chip = fx(() -> lookup("#network-priv").query());
        List<String> words = fx(() -> chip.lookupAll("*").stream().filter(n -> n instanceof Text)
                .map(n -> ((Text) n).getText()).toList());
        assertTrue(words.contains("Private: outbound only, through NAT gateway 'NAT'"), words.toString());
        assertTrue(fx(chip::getAccessibleText).contains("nothing outside can start a connection in"),
                fx(chip::getAccessibleText));
    }

    @Test
    void selectingTheTargetBehindTheLoadBalancerDrawsTheWayInThroughItsListener() {
        show(edge());
        showFindingRows();

        selectFinding("alb.target-behind-load-balancer");

        List<String> stops = fx(() -> lookup("#exposure-path").query().lookupAll(".exposure-path-stop").stream()
                .sorted(Comparator.comparingDouble(n -> Double.parseDouble(n.getAccessibleText().split("\\.")[0])))
                .map(Node::getAccessibleText).toList());
        assertEquals(List.of("1. Internet", "2. Internet gateway", "3. Public subnet route",
                "4. Load balancer on port 443"), stops);
    }

}
