package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Protocol;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the customer owns on an EC2 instance: its exposure (judged over the whole network path), its
 * metadata service, its role (an IAM role component connected to it), its disks, its patching and its backups.
 */
final class Ec2Rules implements RuleFamily {

    private static final int SSH = 22;
    private static final int RDP = 3389;

    @Override
    public void check(Facts facts, Findings out) {
        for (Component ec2 : facts.ofType(ComponentType.EC2)) {
            exposure(facts, ec2, out);
            if (!facts.bool(ec2, "imdsv2Required")) {
                out.report("ec2.imdsv1-allowed", facts.name(ec2) + " still answers IMDSv1 requests, so a server-side "
                        + "request forgery bug in its software could read its role credentials.", ec2);
            }
            identity(facts, ec2, out);
            if (!facts.bool(ec2, "ebsEncrypted")) {
                out.report("ec2.ebs-unencrypted", facts.name(ec2) + " has unencrypted EBS volumes.", ec2);
            }
            if (!facts.bool(ec2, "patchManager")) {
                out.report("ec2.not-patch-managed", facts.name(ec2) + " is not patched by Systems Manager; its guest "
                        + "operating system is yours to keep up to date.", ec2);
            }
            if (!facts.bool(ec2, "backupPlan")) {
                out.report("ec2.no-backup-plan", facts.name(ec2) + " has no backup plan for its volumes.", ec2);
            }
        }
    }

    private static void exposure(Facts facts, Component ec2, Findings out) {
        List<GroupRule> open = facts.openToWorld(ec2);
        boolean reachable = facts.ec2Reachable(ec2);
        if (reachable && facts.bool(ec2, "publicIp")) {
            out.report("ec2.public-ip", facts.name(ec2) + " has a public IP address in a public subnet.", ec2);
        }
        if (open.isEmpty()) {
            return;
        }
        if (!reachable) {
            out.report("ec2.open-rule-unreachable", facts.name(ec2) + ": " + GroupRule.describe(open)
                    + ", but the internet cannot reach it because " + facts.missingLink(ec2)
                    + ". The rule is broader than it needs to be.", ec2);
            return;
        }
        boolean allTraffic = open.stream().anyMatch(r -> r.protocol() == Protocol.ALL);
        // SSH is TCP only; RDP listens on TCP and UDP.
        List<GroupRule> admin = open.stream().filter(Ec2Rules::adminPort).toList();
        if (allTraffic) {
            out.report("ec2.all-traffic-open", facts.name(ec2) + " accepts every port and protocol from anywhere on "
                    + "the internet.", ec2);
        } else if (!admin.isEmpty()) {
            out.report("ec2.admin-port-open", facts.name(ec2) + " is reachable from the internet and "
                    + GroupRule.describe(admin) + ": remote administration is open to the whole world.", ec2);
        }
        List<GroupRule> service = open.stream()
                .filter(r -> r.protocol() != Protocol.ALL && !admin.contains(r)).toList();
        if (!service.isEmpty()) {
            out.report("ec2.internet-facing", facts.name(ec2) + " serves the internet on " + ports(service)
                    + "; the software listening there is yours to patch and harden.", ec2);
        }
    }

    /** Whether a rule admits remote administration: SSH (TCP only) or RDP (TCP and UDP). */
    static boolean adminPort(GroupRule r) {
        return r.protocol() != Protocol.UDP && r.covers(SSH) || r.covers(RDP);
    }

    private static void identity(Facts facts, Component ec2, Findings out) {
        if (Roles.drawnFor(facts, ec2)) {
            return;
        }
        List<Component> services = AwsApiTargets.calledBy(facts, ec2);
        if (services.isEmpty()) {
            out.report("ec2.no-iam-role", facts.name(ec2) + " has no IAM role (instance profile).", ec2);
        } else {
            Component service = services.get(0);
            out.report("ec2.stored-keys", facts.name(ec2) + " calls " + facts.name(service)
                    + " without an IAM role, so it must be using long-term access keys stored on the instance.",
                    ec2, service);
        }
    }

    private static String ports(List<GroupRule> rules) {
        return rules.stream().map(r -> r.protocol().fileName() + "/" + r.rule().ports()).distinct()
                .collect(Collectors.joining(", "));
    }
}
