package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;

/**
 * What the customer owns on an IAM role: who may assume it (its trust policy) and what it may do. A broad role
 * is judged on the workloads that use it: on one the internet reaches it is one exploit from the whole account,
 * and on one it cannot reach it is still a finding, because a role's credentials work from anywhere and a private
 * subnet limits nothing (IAM-R1).
 */
final class IamRoleRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        Exposures exposures = facts.exposures();
        for (Component role : facts.ofType(ComponentType.IAM_ROLE)) {
            String trust = facts.text(role, "trust");
            if ("any-principal".equals(trust)) {
                out.report("iam.trust-any-principal", facts.name(role) + " trusts any principal (\"*\"): anyone with "
                        + "an AWS account may assume it and act with its permissions.", role);
            }
            List<Component> users = Roles.usersOf(facts, role);
            if (!users.isEmpty() && ("this-account".equals(trust) || "other-account".equals(trust))) {
                out.report("iam.role-not-trusted-by-service", facts.name(role) + " trusts "
                        + trust.replace('-', ' ') + " but not the service of " + facts.name(users.get(0))
                        + ", so the workload cannot assume it and gets no credentials from it.", role, users.get(0));
            }
            if (Roles.broad(facts, role)) {
                for (Component user : users) {
                    broadRoleOn(facts, exposures, role, user, out);
                }
            }
        }
    }

    private static void broadRoleOn(Facts facts, Exposures exposures, Component role, Component user, Findings out) {
        String breadth = "administrator".equals(facts.text(role, "permissions")) ? "administrator access"
                : "every action (\"*\")";
        if (exposures.path(user).isPresent()) {
            out.report("iam.broad-role-reachable", facts.name(user) + " is reachable from the internet and assumes "
                    + facts.name(role) + ", which allows " + breadth + ": one exploited bug in the workload hands "
                    + "an attacker those permissions.", role, user);
        } else {
            String where = facts.subnetOf(user).filter(subnet -> !facts.bool(subnet, "public"))
                    .map(subnet -> " in the private subnet " + facts.name(subnet)).orElse("");
            out.report("iam.broad-role-private", facts.name(user) + " assumes " + facts.name(role) + ", which allows "
                    + breadth + ". The workload sits where the internet cannot reach it" + where + ", but placement "
                    + "is not authorization: the role's credentials work from anywhere, so a private network does "
                    + "not make a broad role safe.", role, user);
        }
    }
}
