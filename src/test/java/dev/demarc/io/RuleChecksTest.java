package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.demarc.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The protocol, port and CIDR checks every inbound rule passes, and the words a failure is said in. */
class RuleChecksTest {

    private final List<String> problems = new ArrayList<>();

    @Test
    void aProtocolIsTcpUdpOrAll() {
        assertEquals(Protocol.UDP, RuleChecks.protocol("udp", problems::add));
        assertNull(RuleChecks.protocol("icmp", problems::add));
        assertNull(RuleChecks.protocol(null, problems::add));

        assertEquals(List.of("has protocol \"icmp\"; use \"tcp\", \"udp\" or \"all\"",
                "needs a \"protocol\": \"tcp\", \"udp\" or \"all\""), problems);
    }

    @Test
    void aLongValueIsCutInTheMessage() {
        RuleChecks.protocol("p".repeat(500), problems::add);

        assertEquals(List.of("has protocol \"" + "p".repeat(37) + "...\"; use \"tcp\", \"udp\" or \"all\""), problems);
    }

    @Test
    void aPortIsAWholeNumberFromZeroTo65535() {
        assertTrue(RuleChecks.port(IntNode.valueOf(0), problems::add));
        assertTrue(RuleChecks.port(IntNode.valueOf(65535), problems::add));
        assertFalse(RuleChecks.port(IntNode.valueOf(65536), problems::add));
        assertFalse(RuleChecks.port(IntNode.valueOf(-1), problems::add));
        assertFalse(RuleChecks.port(TextNode.valueOf("443"), problems::add));
        assertFalse(RuleChecks.port(DoubleNode.valueOf(80.5), problems::add));
        assertFalse(RuleChecks.port(LongNode.valueOf(4_294_967_376L), problems::add));

        assertEquals(List.of("has port 65536; a port is a whole number from 0 to 65535",
                "has port -1; a port is a whole number from 0 to 65535",
                "has port \"443\"; a port is a whole number from 0 to 65535",
                "has port 80.5; a port is a whole number from 0 to 65535",
                "has port 4294967376; a port is a whole number from 0 to 65535"), problems);
    }

    @Test
    void aSourceIsACidrBlockAndAProblemSaysWhyNot() {
        assertTrue(RuleChecks.source("2001:db8::/32", problems::add));
        assertFalse(RuleChecks.source("anywhere", problems::add));

        assertEquals(List.of("has source \"anywhere\", which is not a CIDR block such as \"203.0.113.0/24\" or "
                + "\"::/0\": it has no prefix length after a slash, such as /24"), problems);
    }
}
