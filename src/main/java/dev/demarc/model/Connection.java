package dev.demarc.model;

import java.util.Objects;

/**
 * A directed link between two components, drawn in the direction requests travel (CloudFront to its S3
 * origin, a web server to its database).
 */
public record Connection(String id, String from, String to, String label) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!Component.isValidId(id)) {
            throw new IllegalArgumentException("Not a valid connection id: " + id);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("A connection cannot link a component to itself: " + id);
        }
    }

    public static Connection of(String id, String from, String to) {
        return new Connection(id, from, to, null);
    }

    public Connection withLabel(String newLabel) {
        return new Connection(id, from, to, newLabel);
    }

    public Connection withEnds(String newFrom, String newTo) {
        return new Connection(id, newFrom, newTo, label);
    }
}
