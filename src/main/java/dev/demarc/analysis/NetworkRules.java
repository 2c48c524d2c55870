package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/** The VPC and subnet settings the customer owns: flow logs, public subnets, automatic public addresses. */
final class NetworkRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component vpc : facts.ofType(ComponentType.VPC)) {
            if (!facts.bool(vpc, "flowLogs")) {
                out.report("vpc.no-flow-logs", facts.name(vpc) + " has no flow logs, so nobody can see which "
                        + "traffic was accepted or rejected in it.", vpc);
            }
        }
        for (Component subnet : facts.ofType(ComponentType.SUBNET)) {
            if (facts.bool(subnet, "autoAssignPublicIp")) {
                out.report("subnet.auto-assign-public-ip", facts.name(subnet) + " gives every instance launched in it "
                        + "a public IPv4 address automatically.", subnet);
            }
            if (facts.bool(subnet, "public") && !facts.vpcHasInternetGateway(subnet)) {
                out.report("subnet.public-without-igw", facts.name(subnet) + " is marked public, but "
                        + (facts.vpcOf(subnet).isPresent() ? "its VPC has no internet gateway"
                                : "it is not in a VPC")
                        + ", so its route to the internet goes nowhere and it behaves as a private subnet.", subnet);
            }
        }
    }
}
