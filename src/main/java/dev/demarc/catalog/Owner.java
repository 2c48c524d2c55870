package dev.demarc.catalog;

/** Who is responsible for one layer of a component's stack. */
public enum Owner {
    /** AWS runs it; the customer can neither see nor change it. */
    AWS("AWS"),
    /** The customer configures and operates it. */
    CUSTOMER("Customer"),
    /** AWS provides the mechanism; the customer must switch it on, choose its settings or use it well. */
    SHARED("Shared"),
    /** The layer does not exist for this kind of component. */
    NONE("Not applicable");

    private final String displayName;

    Owner(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the customer has any work to do on a layer with this owner. */
    public boolean involvesCustomer() {
        return this == CUSTOMER || this == SHARED;
    }
}
