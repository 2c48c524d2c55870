package dev.demarc.model;

import java.util.Objects;

/**
 * One security-group inbound rule: traffic of {@code protocol} to a port from {@code fromPort} to
 * {@code toPort} is allowed in from one source, which is exactly one of a CIDR block ({@code source}, IPv4 or
 * IPv6) or another security group ({@code sourceGroup}, by id: members of that group may connect). Security
 * groups are allow-only, so a component whose groups hold no rules accepts no inbound traffic.
 *
 * <p>A rule for all protocols covers every port, so its range is always 0 to 65535 whatever was asked.
 */
public record InboundRule(Protocol protocol, int fromPort, int toPort, String source, String sourceGroup) {

    public static final int MAX_PORT = 65535;

    public InboundRule {
        Objects.requireNonNull(protocol, "protocol");
        if ((source == null) == (sourceGroup == null)) {
            throw new IllegalArgumentException("a rule has exactly one source: a CIDR block or a security group");
        }
        if (protocol == Protocol.ALL) {
            fromPort = 0;
            toPort = MAX_PORT;
        }
        if (fromPort < 0 || toPort > MAX_PORT || fromPort > toPort) {
            throw new IllegalArgumentException("port range out of order or out of 0-65535: " + fromPort + "-"
                    + toPort);
        }
    }

    /** A rule for the single port {@code port} from the CIDR block {@code cidr}. */
    public InboundRule(Protocol protocol, int port, String cidr) {
        this(protocol, port, port, Objects.requireNonNull(cidr, "source"), null);
    }

    /** A rule for ports {@code fromPort} to {@code toPort} from the CIDR block {@code cidr}. */
    public static InboundRule fromCidr(Protocol protocol, int fromPort, int toPort, String cidr) {
        return new InboundRule(protocol, fromPort, toPort, Objects.requireNonNull(cidr, "source"), null);
    }

    /** A rule for ports {@code fromPort} to {@code toPort} from the members of the security group {@code group}. */
    public static InboundRule fromGroup(Protocol protocol, int fromPort, int toPort, String group) {
        return new InboundRule(protocol, fromPort, toPort, null, Objects.requireNonNull(group, "sourceGroup"));
    }

    /**
     * Whether the rule admits the whole internet: its source is a block of prefix length 0, however it is
     * spelled ({@code 0.0.0.0/0}, {@code ::/0}, {@code 0::/0} ...). A group source never does: it admits only
     * the group's members, whatever the group's own rules say.
     */
    public boolean fromAnywhere() {
        return source != null && Cidr.isAnywhere(source);
    }

    /** Whether the rule lets traffic reach {@code targetPort}: the port lies in its range. */
    public boolean covers(int targetPort) {
        return fromPort <= targetPort && targetPort <= toPort;
    }

    /** The ports as written in messages: {@code 22} for one port, {@code 8000-8080} for a range. */
    public String ports() {
        return fromPort == toPort ? Integer.toString(fromPort) : fromPort + "-" + toPort;
    }

    /** The source as written in messages: the CIDR block, or {@code group 'app-sg'}. */
    public String sourceText() {
        return source != null ? source : "group '" + sourceGroup + "'";
    }

    @Override
    public String toString() {
        return protocol == Protocol.ALL ? "all traffic from " + sourceText()
                : protocol.fileName() + "/" + ports() + " from " + sourceText();
    }
}
