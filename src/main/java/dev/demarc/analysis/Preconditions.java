package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of the exposure rules, one {@link Checklist} per rule, computed from the same {@link Facts}
 * the rules use so the checklist is all ticked exactly when the rule fires (EC2's two rules share their
 * network conditions; "all traffic" is reported instead of "SSH or RDP" when both would hold, so the latter's
 * list has a condition saying so).
 */
final class Preconditions {

    private final Facts facts;
    private final RuleBook rules;

    Preconditions(Facts facts, RuleBook rules) {
        this.facts = facts;
        this.rules = rules;
    }

    /** The checklists of the exposure rules that can fire on {@code c}; empty for other types. */
    List<Checklist> of(Component c) {
        if (c.type().equals(ComponentType.RDS)) {
            return List.of(database(c));
        }
        if (c.type().equals(ComponentType.EC2)) {
            boolean allTraffic = facts.openToWorld(c).stream().anyMatch(r -> r.protocol() == Protocol.ALL);
            Checklist admin = instance(c, "ec2.admin-port-open",
                    "security group open to the world on SSH 22 or RDP 3389",
                    facts.openToWorld(c).stream().anyMatch(Ec2Rules::adminPort));
            // Every port open is the graver finding and is reported instead, as Ec2Rules does.
            List<Checklist.Condition> adminConditions = new ArrayList<>(admin.conditions());
            adminConditions.add(new Checklist.Condition("not open on every port (that is the finding above)",
                    !allTraffic, c.id()));
            return List.of(instance(c, "ec2.all-traffic-open", "security group open to the world on every port",
                    allTraffic), checklist("ec2.admin-port-open", adminConditions));
        }
        return List.of();
    }

    private Checklist database(Component db) {
        List<Checklist.Condition> out = new ArrayList<>();
        out.add(new Checklist.Condition("publicly accessible", facts.bool(db, "publiclyAccessible"), db.id()));
        network(db, out);
        out.add(new Checklist.Condition("security group open to the world on port " + RdsRules.port(facts, db),
                !RdsRules.worldRulesOnEnginePort(facts, db).isEmpty(), db.id()));
        return checklist("rds.exposed-to-internet", out);
    }

    private Checklist instance(Component ec2, String rule, String openText, boolean open) {
        List<Checklist.Condition> out = new ArrayList<>();
        network(ec2, out);
        out.add(new Checklist.Condition("public IP address (its own or from its subnet)",
                facts.hasPublicAddress(ec2), ec2.id()));
        out.add(new Checklist.Condition(openText, open, ec2.id()));
        return checklist(rule, out);
    }

    /** The subnet and gateway conditions, named by the component whose setting decides each. */
    private void network(Component c, List<Checklist.Condition> out) {
        Optional<Component> subnet = facts.subnetOf(c);
        out.add(new Checklist.Condition("in a public subnet",
                subnet.isPresent() && facts.bool(subnet.get(), "public"), subnet.map(Component::id).orElse(c.id())));
        Optional<Component> vpc = subnet.flatMap(facts::vpcOf).or(() -> facts.vpcOf(c));
        out.add(new Checklist.Condition("internet gateway attached to its VPC",
                subnet.isPresent() && facts.vpcHasInternetGateway(subnet.get()),
                vpc.map(Component::id).orElse(c.id())));
    }

    private Checklist checklist(String rule, List<Checklist.Condition> conditions) {
        RuleSpec spec = rules.get(rule);
        return new Checklist(rule, spec.severity(), spec.title(), conditions);
    }
}
