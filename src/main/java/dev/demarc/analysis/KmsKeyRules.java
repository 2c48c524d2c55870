package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import java.util.List;
import java.util.Optional;

/**
 * What the customer owns on a KMS key: on a customer managed key its rotation, who its key policy lets in and
 * its deletion (R15, KMS-R3); and on every key, that the resources drawn as encrypted by it say so in their own
 * settings.
 */
final class KmsKeyRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component key : facts.ofType(ComponentType.KMS_KEY)) {
            List<Component> resources = Keys.encryptedBy(facts, key);
            if (Keys.customerManaged(facts, key)) {
                customerManaged(facts, key, resources, out);
            }
            for (Component resource : resources) {
                Optional<String> setting = Keys.conflictingSetting(facts, resource, key);
                setting.ifPresent(s -> out.report("kms.key-not-used-by-settings", facts.name(resource)
                        + " is connected to " + facts.name(key) + ", but its own setting (" + s + ") says it "
                        + "does not encrypt with that key. Change the setting or remove the connection.",
                        resource, key));
            }
        }
    }

    private static void customerManaged(Facts facts, Component key, List<Component> resources, Findings out) {
        if (!facts.bool(key, "rotation")) {
            out.report("kms.rotation-off", facts.name(key) + " is a customer managed key without automatic "
                    + "rotation; AWS rotates it only if you turn rotation on.", key);
        }
        if ("any-principal".equals(facts.text(key, "keyPolicy"))) {
            out.report("kms.policy-any-principal", facts.name(key) + " has a key policy that allows any principal "
                    + "(\"*\"): whoever can reach KMS may use the key, and decrypt what it protects.", key);
        }
        if (facts.bool(key, "pendingDeletion") && !resources.isEmpty()) {
            Component first = resources.get(0);
            out.report("kms.pending-deletion-in-use", facts.name(key) + " is scheduled for deletion while "
                    + facts.name(first) + (resources.size() > 1 ? " and " + (resources.size() - 1) + " more" : "")
                    + " still use it: once the waiting period ends, data encrypted only under it cannot be read "
                    + "again.", key, resources.toArray(Component[]::new));
        }
    }
}
