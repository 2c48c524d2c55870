package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.demarc.model.Cidr;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Protocol;
import java.util.function.Consumer;

/**
 * The checks an inbound rule's protocol, port and CIDR source pass in every format, and how a failure is said:
 * shared by the rules of a format-3 security group ({@link SecurityGroupMapper}) and the inline rules of an older
 * file ({@link InlineRuleCheck}), so both name a bad value in the same words. Each check says what is wrong
 * through {@code problem}, which puts the words after the rule's name ("Security group 'web-sg' rule 2").
 */
final class RuleChecks {

    /** The sources a message gives as examples. */
    static final String CIDR_EXAMPLES = "\"203.0.113.0/24\" or \"::/0\"";
    private static final String PROTOCOLS = "\"tcp\", \"udp\" or \"all\"";

    private RuleChecks() {
    }

    /** The protocol {@code text} names; null, after saying so, when it is missing (null) or names none. */
    static Protocol protocol(String text, Consumer<String> problem) {
        if (text == null) {
            problem.accept("needs a \"protocol\": " + PROTOCOLS);
            return null;
        }
        Protocol protocol = Protocol.fromFileName(text).orElse(null);
        if (protocol == null) {
            problem.accept("has protocol \"" + Problem.shorten(text) + "\"; use " + PROTOCOLS);
        }
        return protocol;
    }

    /** Whether {@code port}, as the file writes it, is a whole number from 0 to 65535; says so when not. */
    static boolean port(JsonNode port, Consumer<String> problem) {
        boolean ok = port.isIntegralNumber() && port.canConvertToInt() && port.intValue() >= 0
                && port.intValue() <= InboundRule.MAX_PORT;
        if (!ok) {
            problem.accept("has port " + Problem.shorten(port.toString()) + "; a port is a whole number from 0 to "
                    + InboundRule.MAX_PORT);
        }
        return ok;
    }

    /** Whether {@code source} is a CIDR block; says what is wrong with it when not. */
    static boolean source(String source, Consumer<String> problem) {
        String wrong = Cidr.problem(source).orElse(null);
        if (wrong != null) {
            problem.accept("has source \"" + Problem.shorten(source) + "\", which is not a CIDR block such as "
                    + CIDR_EXAMPLES + ": " + wrong);
        }
        return wrong == null;
    }
}
