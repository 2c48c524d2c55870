package dev.demarc.catalog;

import java.util.Optional;

/**
 * The fourteen layers of every component's stack, from the physical building up to logging. The order is
 * the order of the stack, bottom first; the ids are those of the catalog files.
 */
public enum Layer {
    FACILITIES("facilities"),
    HARDWARE("hardware"),
    VIRTUALIZATION("virtualization"),
    NETWORK_INFRASTRUCTURE("network-infrastructure"),
    MANAGED_SERVICE("managed-service"),
    GUEST_OS("guest-os"),
    RUNTIME("runtime"),
    APPLICATION("application"),
    NETWORK_CONFIG("network-config"),
    IDENTITY_ACCESS("identity-access"),
    DATA("data"),
    ENCRYPTION("encryption"),
    BACKUP("backup"),
    LOGGING("logging");

    private final String id;

    Layer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Layer> fromId(String id) {
        for (Layer l : values()) {
            if (l.id.equals(id)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
