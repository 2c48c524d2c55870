package dev.demarc.catalog;

import java.util.Locale;
import java.util.Optional;

/** The value type of a component property, as written in the catalog ({@code boolean}, {@code groups}, ...). */
public enum PropertyKind {
    BOOLEAN, INTEGER, CHOICE, TEXT, CIDR, GROUPS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PropertyKind> fromId(String id) {
        for (PropertyKind k : values()) {
            if (k.id().equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** How a file author would describe the expected JSON value, for error messages. */
    public String expectation() {
        return switch (this) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number";
            case CHOICE, TEXT -> "a string";
            case CIDR -> "a CIDR block string such as \"10.0.0.0/16\"";
            case GROUPS -> "a list of security group ids such as [\"web-sg\"]";
        };
    }
}
