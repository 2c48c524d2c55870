package dev.demarc.analysis;

/**
 * What a network container contributes to exposure, as the overlay shows it on VPCs and subnets: their own
 * responsibility is the network configuration, and the choices that open a way in from the internet.
 */
public enum NetworkExposure {
    /** A VPC with an internet gateway: the one door to the internet for all its public subnets. */
    VPC_WITH_GATEWAY("Internet gateway attached: the VPC's door to the internet", true),
    /** A VPC without an internet gateway: nothing in it can be reached from the internet directly. */
    VPC_WITHOUT_GATEWAY("No internet gateway: closed to the internet", false),
    /** A public subnet of a VPC with an internet gateway: its resources can be given a way in. */
    PUBLIC_SUBNET("Public: routes 0.0.0.0/0 to the internet gateway", true),
    /** Marked public, but its VPC has no internet gateway, so the route leads nowhere. */
    PUBLIC_WITHOUT_GATEWAY("Marked public, but the VPC has no internet gateway", false),
    /** A private subnet: no route from the internet. */
    PRIVATE_SUBNET("Private: no route to the internet gateway", false),
    /** A private subnet routed to a working NAT gateway: out to the internet only, never in (NAT-R1). */
    PRIVATE_WITH_NAT("Private: outbound only, through a NAT gateway; nothing outside can start a connection in",
            false);

    private final String description;
    private final boolean open;

    NetworkExposure(String description, boolean open) {
        this.description = description;
        this.open = open;
    }

    /** One line for a student: what this container does to exposure. */
    public String description() {
        return description;
    }

    /** Whether the container opens a way in from the internet (the part the customer chose to open). */
    public boolean open() {
        return open;
    }
}
