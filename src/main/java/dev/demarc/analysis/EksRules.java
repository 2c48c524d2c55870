package dev.demarc.analysis;

import dev.demarc.model.Cidr;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/**
 * What the customer owns on an EKS cluster although AWS runs its control plane: who can reach the API
 * endpoint (R20), the control plane logs, and, with self-managed nodes, the whole node operating system.
 */
final class EksRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component eks : facts.ofType(ComponentType.EKS)) {
            if (endpointOpenToWorld(facts, eks)) {
                out.report("eks.endpoint-open-to-world", facts.name(eks) + " has a public API endpoint open to "
                        + facts.text(eks, "publicAccessCidrs") + ": anyone on the internet can try to talk to its "
                        + "Kubernetes API.", eks);
            }
            if (!facts.bool(eks, "controlPlaneLogging")) {
                out.report("eks.no-control-plane-logs", facts.name(eks) + " exports no control plane logs, so API "
                        + "and audit activity is not recorded.", eks);
            }
            if ("self-managed".equals(facts.text(eks, "nodeType"))) {
                out.report("eks.self-managed-nodes", facts.name(eks) + " runs on self-managed nodes: their AMI, "
                        + "operating system, kubelet and container runtime are yours to patch and roll out.", eks);
            }
        }
    }

    /** Whether the public endpoint is on and admits every address ("anywhere" in any spelling, see Cidr). */
    static boolean endpointOpenToWorld(Facts facts, Component eks) {
        return facts.bool(eks, "endpointPublicAccess") && Cidr.isAnywhere(facts.text(eks, "publicAccessCidrs"));
    }
}
