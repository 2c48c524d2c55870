package dev.demarc.model;

import java.util.List;
import java.util.Objects;

/**
 * The value of one component property as written in a diagram file.
 *
 * <p>Known properties hold one of the typed values; a property the catalog does not know is kept as
 * {@link Raw} JSON text so that it survives a load and save unchanged.
 */
public sealed interface PropertyValue {

    /** A true/false setting. */
    record Bool(boolean value) implements PropertyValue {
        @Override
        public String display() {
            return Boolean.toString(value);
        }
    }

    /** A whole number, such as a retention period in days. */
    record Int(long value) implements PropertyValue {
        @Override
        public String display() {
            return Long.toString(value);
        }
    }

    /** A string: free text, a CIDR or one of a fixed set of choices. */
    record Text(String value) implements PropertyValue {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display() {
            return value;
        }

        // By hand for the same reason as ComponentType's: the first read of a diagram compares texts.
        @Override
        public boolean equals(Object other) {
            return other instanceof Text t && value.equals(t.value);
        }

        @Override
        public int hashCode() {
            return value.hashCode();
        }
    }

    /** The ids of the security groups a component belongs to, in the order written. */
    record Groups(List<String> ids) implements PropertyValue {
        public Groups {
            ids = List.copyOf(ids);
        }

        @Override
        public String display() {
            return ids.isEmpty() ? "none" : String.join(", ", ids);
        }
    }

    /** A property Demarc does not know, kept as compact JSON text exactly as read. */
    record Raw(String json) implements PropertyValue {
        public Raw {
            Objects.requireNonNull(json, "json");
        }

        @Override
        public String display() {
            return json;
        }
    }

    /** A short human-readable rendering for reports and tooltips. */
    String display();
}
