package dev.demarc.model;

import java.util.Objects;

/**
 * One security-group inbound rule: traffic of {@code protocol} to {@code port} from the CIDR range
 * {@code source} is allowed in. Security groups are allow-only, so a component with no rules accepts no
 * inbound traffic.
 */
public record InboundRule(Protocol protocol, int port, String source) {

    public static final int MAX_PORT = 65535;

    public InboundRule {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(source, "source");
        if (port < 0 || port > MAX_PORT) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Whether the rule admits the whole internet: its source is a block of prefix length 0, however it is
     * spelled ({@code 0.0.0.0/0}, {@code ::/0}, {@code 0::/0}, {@code 0:0:0:0:0:0:0:0/0} ...).
     */
    public boolean fromAnywhere() {
        return Cidr.isAnywhere(source);
    }

    /** Whether the rule lets traffic reach {@code targetPort} (a rule for all protocols covers every port). */
    public boolean covers(int targetPort) {
        return protocol == Protocol.ALL || port == targetPort;
    }

    @Override
    public String toString() {
        return protocol == Protocol.ALL ? "all traffic from " + source
                : protocol.fileName() + "/" + port + " from " + source;
    }
}
