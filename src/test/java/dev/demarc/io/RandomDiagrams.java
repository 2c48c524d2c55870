package dev.demarc.io;

import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.Component;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Random valid diagrams for property tests, driven by the catalog: every type, placed where its placement
 * allows (VPC &gt; SUBNET &gt; EC2 and RDS; S3 and CloudFront at the top), with every kind of property at
 * random valid values, unknown properties, odd labels (quotes, backslashes, control characters, emoji),
 * fractional and negative positions, and connections.
 */
public final class RandomDiagrams {

    /**
     * Every spelling of "all addresses" that a file may hold (one per line of {@link #ANYWHERE}), among narrower
     * blocks, so that no property holds only for the spellings the code happens to compare as text.
     */
    public static final List<String> ANYWHERE = List.of("0.0.0.0/0", "::/0", "0::/0", "::0/0",
            "0:0:0:0:0:0:0:0/0", "0000:0000:0000:0000:0000:0000:0000:0000/0", "::0.0.0.0/0", "0:0::0/0",
            "10.0.0.0/0", "2001:DB8::/0");
    private static final String[] CIDRS = Stream.concat(Stream.of("", "10.0.0.0/16", "10.1.2.0/24",
            "192.168.0.0/16", "2001:db8::/32", "203.0.113.7/32", "0.0.0.0/1", "::/1"), ANYWHERE.stream())
            .toArray(String[]::new);
    private static final String[] RAW = {"42", "true", "\"kept as written\"", "[1,2,3]", "{\"a\":{\"b\":null}}",
        "-7", "[]"};
    private static final String ODD = "\"\\/<>&|`*_[]()#\n\t\u0001\u00e9\u4e2d\ud83d\ude00 ";

    private final Catalog catalog;
    private final Random random;
    private final List<Component> components = new ArrayList<>();
    private final List<SecurityGroup> groups = new ArrayList<>();

    private RandomDiagrams(Catalog catalog, Random random) {
        this.catalog = catalog;
        this.random = random;
    }

    /** A diagram of up to about {@code maxComponents} components, the same one for the same seed. */
    public static Diagram diagram(Catalog catalog, int maxComponents, long seed) {
        return new RandomDiagrams(catalog, new Random(seed)).diagram(maxComponents);
    }

    private Diagram diagram(int maxComponents) {
        int groupCount = random.nextInt(4);
        for (int i = 0; i < groupCount; i++) {
            String id = "sg-" + i + (random.nextBoolean() ? "" : "_x.y");
            String name = text(40);
            groups.add(new SecurityGroup(id, random.nextBoolean() || name.isBlank() ? id : name,
                    random.nextInt(3) == 0 ? text(60) : null, rules()));
        }
        int budget = random.nextInt(maxComponents + 1);
        while (components.size() < budget) {
            addUnder(null, 0);
        }
        List<Connection> connections = new ArrayList<>();
        int links = components.size() < 2 ? 0 : random.nextInt(components.size());
        for (int i = 0; i < links; i++) {
            Component from = pick();
            Component to = pick();
            if (!from.id().equals(to.id())) {
                connections.add(new Connection("k" + i, from.id(), to.id(), random.nextBoolean() ? null : text(30)));
            }
        }
        return new Diagram(random.nextInt(3) == 0 ? null : text(60), components, connections, groups);
    }

    /** Adds a component that may sit under {@code parent} (null: the top level), and perhaps children. */
    private void addUnder(Component parent, int depth) {
        List<TypeSpec> fitting = catalog.types().stream()
                .filter(t -> parent == null ? t.placement().parents().isEmpty()
                        : t.placement().allows(parent.type()))
                .toList();
        if (fitting.isEmpty()) {
            return;
        }
        // Half the time a container, if one fits: with a dozen top-level services to choose from, a VPC would
        // otherwise be rare, and with it every subnet, instance and database the network properties need.
        List<TypeSpec> containers = fitting.stream().filter(TypeSpec::container).toList();
        List<TypeSpec> from = !containers.isEmpty() && random.nextBoolean() ? containers : fitting;
        TypeSpec spec = from.get(random.nextInt(from.size()));
        Component c = component(spec, parent);
        components.add(c);
        if (spec.container() && depth < 3) {
            int children = random.nextInt(4);
            for (int i = 0; i < children; i++) {
                addUnder(c, depth + 1);
            }
        }
    }

    private Component component(TypeSpec spec, Component parent) {
        String id = spec.type().id().toLowerCase(Locale.ROOT) + "-" + components.size()
                + (random.nextBoolean() ? "" : "_x.y");
        Map<String, PropertyValue> values = new LinkedHashMap<>();
        for (PropertySpec p : spec.properties()) {
            if (random.nextInt(3) > 0) {
                values.put(p.name(), value(p));
            }
        }
        if (random.nextInt(5) == 0) {
            values.put("zz-unknown-" + random.nextInt(3), new PropertyValue.Raw(RAW[random.nextInt(RAW.length)]));
        }
        Double width = spec.container() && random.nextBoolean() ? 100 + random.nextInt(900) + 0.5 : null;
        Double height = width == null ? null : 80.0 + random.nextInt(600);
        return new Component(id, spec.type(), random.nextInt(4) == 0 ? null : text(40), coordinate(), coordinate(),
                width, height, parent == null ? null : parent.id(), Properties.of(values));
    }

    private PropertyValue value(PropertySpec p) {
        return switch (p.kind()) {
            case BOOLEAN -> new PropertyValue.Bool(random.nextBoolean());
            case INTEGER -> new PropertyValue.Int(p.min() + (long) (random.nextDouble() * (p.max() - p.min() + 1)));
            case CHOICE -> new PropertyValue.Text(p.choices().get(random.nextInt(p.choices().size())));
            case TEXT -> new PropertyValue.Text(text(50));
            case CIDR -> new PropertyValue.Text(CIDRS[random.nextInt(CIDRS.length)]);
            case GROUPS -> memberships();
        };
    }

    /** Some of the groups made so far, in a random order. */
    private PropertyValue memberships() {
        List<String> ids = new ArrayList<>();
        for (SecurityGroup g : groups) {
            if (random.nextBoolean()) {
                ids.add(random.nextInt(ids.size() + 1), g.id());
            }
        }
        return new PropertyValue.Groups(ids);
    }

    /** Single ports and ranges, from CIDR blocks or from the groups made before this one. */
    private List<InboundRule> rules() {
        List<InboundRule> rules = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            Protocol protocol = Protocol.values()[random.nextInt(Protocol.values().length)];
            int from = random.nextInt(InboundRule.MAX_PORT + 1);
            int to = random.nextBoolean() ? from : from + random.nextInt(InboundRule.MAX_PORT + 1 - from);
            if (!groups.isEmpty() && random.nextInt(3) == 0) {
                rules.add(InboundRule.fromGroup(protocol, from, to, groups.get(random.nextInt(groups.size())).id()));
            } else {
                rules.add(InboundRule.fromCidr(protocol, from, to, CIDRS[1 + random.nextInt(CIDRS.length - 1)]));
            }
        }
        return rules;
    }

    /** Whole, fractional and negative coordinates, as a drag, a nudge or a hand-edited file gives them. */
    private double coordinate() {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(4000);
            case 1 -> random.nextInt(8000) / 8.0 - 500;
            default -> (random.nextDouble() - 0.5) * 2e6;
        };
    }

    private String text(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            out.append(random.nextInt(4) == 0 ? ODD.charAt(random.nextInt(ODD.length()))
                    : (char) ('a' + random.nextInt(26)));
        }
        String s = out.toString();
        // Never split a surrogate pair: a lone half is not text and cannot be written as UTF-8.
        return s.replaceAll("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]", "");
    }

    private Component pick() {
        return components.get(random.nextInt(components.size()));
    }
}
