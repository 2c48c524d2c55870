package dev.demarc.ui.inspector;

import dev.demarc.model.InboundRule;
import dev.demarc.model.PropertyValue;
import java.util.List;

/** How the inspector words property values for people: "on", "no rules", "tcp/443 from 0.0.0.0/0". */
final class Values {

    private Values() {
    }

    static String display(PropertyValue value) {
        if (value instanceof PropertyValue.Bool b) {
            return b.value() ? "on" : "off";
        }
        if (value instanceof PropertyValue.Text t) {
            return t.value().isEmpty() ? "empty" : t.value();
        }
        if (value instanceof PropertyValue.Rules r) {
            return ruleCount(r.rules().size());
        }
        return value.display();
    }

    static String ruleCount(int n) {
        return n == 0 ? "no rules" : n == 1 ? "1 rule" : n + " rules";
    }

    /** One line per rule, for the summary under the rules button. */
    static String ruleLines(List<InboundRule> rules) {
        StringBuilder sb = new StringBuilder();
        for (InboundRule r : rules) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(r);
        }
        return sb.toString();
    }
}
