package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;

/**
 * What the customer owns on an ECS service whatever the launch type: the tasks' public addresses and security
 * group (reachability judged as for EC2), the task role its code calls data services with (R14), secrets kept
 * out of plain environment variables; and, on the EC2 launch type, the container instances under the tasks.
 */
final class EcsRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component ecs : facts.ofType(ComponentType.ECS)) {
            exposure(facts, ecs, out);
            List<Component> stores = AwsApiTargets.calledBy(facts, ecs);
            if (!stores.isEmpty() && !Roles.drawnFor(facts, ecs)) {
                Component store = stores.get(0);
                out.report("ecs.stored-keys", facts.name(ecs) + " calls " + facts.name(store) + " without a task "
                        + "role, so its containers must be using long-term access keys.", ecs, store);
            }
            if (facts.bool(ecs, "secretsInEnvironment")) {
                out.report("ecs.secrets-in-environment", facts.name(ecs) + " passes secrets as plain environment "
                        + "variables, readable by anyone who may describe its task definition.", ecs);
            }
            if ("EC2".equals(facts.text(ecs, "launchType"))) {
                out.report("ecs.hosts-to-patch", facts.name(ecs) + " runs on the EC2 launch type: the container "
                        + "instances' operating system, container runtime and ECS agent are yours to patch. On "
                        + "Fargate AWS would patch them.", ecs);
            }
        }
    }

    private static void exposure(Facts facts, Component ecs, Findings out) {
        if (!facts.bool(ecs, "assignPublicIp")) {
            return;
        }
        List<GroupRule> open = facts.openToWorld(ecs);
        String reach;
        if (!facts.tasksReachable(ecs)) {
            reach = " The internet cannot reach them yet because " + facts.missingLink(ecs) + ".";
        } else if (open.isEmpty()) {
            reach = " They sit in a public subnet; only the security group keeps the internet out.";
        } else {
            reach = " They sit in a public subnet, and " + GroupRule.describe(open) + ".";
        }
        out.report("ecs.public-ip", facts.name(ecs) + " gives its tasks public IP addresses." + reach, ecs);
    }
}
