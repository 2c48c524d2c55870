package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.demarc.catalog.PropertyKind;
import dev.demarc.catalog.PropertySpec;
import dev.demarc.model.Cidr;
import dev.demarc.model.Component;
import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Turns the JSON value of one known property into a {@link PropertyValue}, or says what is wrong with it.
 * Messages follow "property 'name' " and name the rule number for inbound rules.
 */
final class PropertyReader {

    private static final Set<String> RULE_FIELDS = Set.of("protocol", "port", "source");

    private PropertyReader() {
    }

    /** The value, or throws {@link IllegalArgumentException} whose message says what is wrong. */
    static PropertyValue read(PropertySpec spec, JsonNode node) {
        PropertyValue value = switch (spec.kind()) {
            case BOOLEAN -> {
                require(node.isBoolean(), spec.kind());
                yield new PropertyValue.Bool(node.booleanValue());
            }
            case INTEGER -> {
                require(node.isIntegralNumber() && node.canConvertToLong(), spec.kind());
                yield new PropertyValue.Int(node.longValue());
            }
            case CHOICE, TEXT, CIDR -> {
                require(node.isTextual(), spec.kind());
                yield new PropertyValue.Text(node.textValue());
            }
            case RULES -> new PropertyValue.Rules(rules(node));
            case GROUPS -> new PropertyValue.Groups(groups(node));
        };
        spec.problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return value;
    }

    /** A list of distinct security-group ids; whether each group exists is checked once the groups are read. */
    private static List<String> groups(JsonNode node) {
        require(node.isArray(), PropertyKind.GROUPS);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode id = node.get(i);
            if (!id.isTextual() || !Component.isValidId(id.textValue())) {
                throw new IllegalArgumentException("entry " + (i + 1) + " must be a security group id ("
                        + Component.ID_RULE + ")" + (id.isTextual() && id.textValue().length() <= 40
                        ? ", not \"" + id.textValue() + "\"" : ""));
            }
            if (ids.contains(id.textValue())) {
                throw new IllegalArgumentException("names the group '" + id.textValue() + "' twice");
            }
            ids.add(id.textValue());
        }
        return ids;
    }

    private static List<InboundRule> rules(JsonNode node) {
        require(node.isArray(), PropertyKind.RULES);
        List<InboundRule> rules = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            rules.add(rule(node.get(i), i + 1));
        }
        return rules;
    }

    private static InboundRule rule(JsonNode node, int number) {
        String where = "rule " + number + " ";
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + "must be an object such as "
                    + "{\"protocol\": \"tcp\", \"port\": 443, \"source\": \"0.0.0.0/0\"}");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!RULE_FIELDS.contains(name)) {
                throw new IllegalArgumentException(where + "has an unknown field \"" + name
                        + "\"; a rule has protocol, port and source");
            }
        }
        JsonNode protocolNode = node.get("protocol");
        if (protocolNode == null || !protocolNode.isTextual()) {
            throw new IllegalArgumentException(where + "needs a \"protocol\": \"tcp\", \"udp\" or \"all\"");
        }
        Protocol protocol = Protocol.fromFileName(protocolNode.textValue()).orElseThrow(() ->
                new IllegalArgumentException(where + "has protocol \"" + protocolNode.textValue()
                        + "\"; use \"tcp\", \"udp\" or \"all\""));
        JsonNode portNode = node.get("port");
        int port = 0;
        if (portNode == null) {
            if (protocol != Protocol.ALL) {
                throw new IllegalArgumentException(where + "needs a \"port\" from 0 to 65535");
            }
        } else {
            if (!portNode.isIntegralNumber() || !portNode.canConvertToInt()
                    || portNode.intValue() < 0 || portNode.intValue() > InboundRule.MAX_PORT) {
                throw new IllegalArgumentException(where + "has port " + portNode
                        + "; a port is a whole number from 0 to 65535");
            }
            port = portNode.intValue();
        }
        JsonNode sourceNode = node.get("source");
        if (sourceNode == null || !sourceNode.isTextual()) {
            throw new IllegalArgumentException(where + "needs a \"source\" CIDR block such as \"203.0.113.0/24\"");
        }
        Cidr.problem(sourceNode.textValue()).ifPresent(problem -> {
            throw new IllegalArgumentException(where + "has source \"" + sourceNode.textValue()
                    + "\", which is not a CIDR block such as \"203.0.113.0/24\" or \"::/0\": " + problem);
        });
        return new InboundRule(protocol, port, sourceNode.textValue());
    }

    private static void require(boolean ok, PropertyKind kind) {
        if (!ok) {
            throw new IllegalArgumentException("must be " + kind.expectation());
        }
    }
}
