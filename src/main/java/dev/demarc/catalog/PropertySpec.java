package dev.demarc.catalog;

import dev.demarc.model.Cidr;
import dev.demarc.model.PropertyValue;
import java.util.List;
import java.util.Optional;

/**
 * A property a component type understands: its value type, default, allowed values and the help a
 * student sees in the inspector.
 *
 * @param defaultValue the value used when a file leaves the property out (AWS's default where documented)
 * @param group        the inspector group the property is shown in
 * @param duty         the customer duty the property belongs to
 * @param min          smallest allowed value for integers, else 0
 * @param max          largest allowed value for integers, else 0
 * @param choices      the allowed values for choices, else empty
 */
public record PropertySpec(String name, String label, PropertyKind kind, PropertyValue defaultValue, String group,
        Duty duty, String help, List<Source> sources, long min, long max, List<String> choices) {

    public PropertySpec {
        sources = List.copyOf(sources);
        choices = List.copyOf(choices);
    }

    /**
     * What is wrong with {@code value} for this property, or empty when it is acceptable. Messages are
     * phrased to follow "property 'name' ", e.g. "must be between 0 and 35, not 40".
     */
    public Optional<String> problemWith(PropertyValue value) {
        return switch (kind) {
            case BOOLEAN -> value instanceof PropertyValue.Bool ? Optional.empty() : expected();
            case INTEGER -> {
                if (!(value instanceof PropertyValue.Int i)) {
                    yield expected();
                }
                yield i.value() < min || i.value() > max
                        ? Optional.of("must be between " + min + " and " + max + ", not " + i.value())
                        : Optional.empty();
            }
            case CHOICE -> {
                if (!(value instanceof PropertyValue.Text t)) {
                    yield expected();
                }
                yield choices.contains(t.value()) ? Optional.empty()
                        : Optional.of("must be one of " + quoted(choices) + ", not \"" + t.value() + "\"");
            }
            case TEXT -> value instanceof PropertyValue.Text ? Optional.empty() : expected();
            case CIDR -> {
                if (!(value instanceof PropertyValue.Text t)) {
                    yield expected();
                }
                yield t.value().isEmpty() ? Optional.empty() : Cidr.problem(t.value()).map(problem ->
                        "must be a CIDR block such as \"10.0.0.0/16\", not \"" + t.value() + "\": " + problem);
            }
            case RULES -> value instanceof PropertyValue.Rules ? Optional.empty() : expected();
        };
    }

    private Optional<String> expected() {
        return Optional.of("must be " + kind.expectation());
    }

    private static String quoted(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(i == values.size() - 1 ? " or " : ", ");
            }
            sb.append('"').append(values.get(i)).append('"');
        }
        return sb.toString();
    }
}
