package dev.demarc.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One AWS component on the diagram, in model coordinates.
 *
 * @param id         unique within the diagram, 1-64 of {@code [A-Za-z0-9._-]}
 * @param type       the kind of component
 * @param label      the name shown on the canvas, or {@code null} to show the id
 * @param x          left edge
 * @param y          top edge
 * @param width      width, or {@code null} for the type's default size
 * @param height     height, or {@code null} for the type's default size
 * @param parent     id of the containing VPC or subnet, or {@code null} at the top level
 * @param properties the settings written for this component
 */
public record Component(String id, ComponentType type, String label, double x, double y, Double width,
        Double height, String parent, Properties properties) {

    /** The longest an id may be: components, connections and security groups alike. */
    public static final int MAX_ID = 64;
    /** What an id may be, in the words every message about a bad id uses. */
    public static final String ID_RULE = "1 to " + MAX_ID + " letters, digits, '.', '_' or '-'";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_ID + "}");

    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(properties, "properties");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("Not a valid component id: " + id);
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("Position must be finite: " + id);
        }
        if (width != null && !(width > 0 && Double.isFinite(width))
                || height != null && !(height > 0 && Double.isFinite(height))) {
            throw new IllegalArgumentException("Size must be positive and finite: " + id);
        }
    }

    /** A component at ({@code x}, {@code y}) with default size, no label, no parent and no properties. */
    public static Component of(String id, ComponentType type, double x, double y) {
        return new Component(id, type, null, x, y, null, null, null, Properties.empty());
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** The label to show: the label if set and not blank, otherwise the id. */
    public String displayLabel() {
        return label == null || label.isBlank() ? id : label;
    }

    public Optional<String> parentId() {
        return Optional.ofNullable(parent);
    }

    public Component withId(String newId) {
        return new Component(newId, type, label, x, y, width, height, parent, properties);
    }

    public Component withLabel(String newLabel) {
        return new Component(id, type, newLabel, x, y, width, height, parent, properties);
    }

    public Component withPosition(double newX, double newY) {
        return new Component(id, type, label, newX, newY, width, height, parent, properties);
    }

    public Component withSize(Double newWidth, Double newHeight) {
        return new Component(id, type, label, x, y, newWidth, newHeight, parent, properties);
    }

    public Component withParent(String newParent) {
        return new Component(id, type, label, x, y, width, height, newParent, properties);
    }

    public Component withProperties(Properties newProperties) {
        return new Component(id, type, label, x, y, width, height, parent, newProperties);
    }
}
