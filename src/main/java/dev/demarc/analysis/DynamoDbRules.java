package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;

/**
 * What stays the customer's on a DynamoDB table, where AWS runs everything down to the engine: recovery
 * (point-in-time recovery, deletion protection), the key that encrypts it, and whom its policy lets in.
 * There is no rule for an unencrypted table: DynamoDB has none.
 */
final class DynamoDbRules implements RuleFamily {

    @Override
    public void check(Facts facts, Findings out) {
        for (Component table : facts.ofType(ComponentType.DYNAMODB)) {
            if (!facts.bool(table, "pointInTimeRecovery")) {
                out.report("dynamodb.pitr-off", facts.name(table) + " has point-in-time recovery off: a bad write or "
                        + "delete can only be undone from an on-demand backup, if someone made one.", table);
            }
            if (!facts.bool(table, "deletionProtection")) {
                out.report("dynamodb.no-deletion-protection", facts.name(table) + " can be deleted without first "
                        + "switching off deletion protection.", table);
            }
            if ("aws-owned".equals(facts.text(table, "keyType"))) {
                out.report("dynamodb.aws-owned-key", facts.name(table) + " is encrypted with the AWS owned key: the "
                        + "data is encrypted, but the key never appears in your account, so its use cannot be "
                        + "controlled or audited.", table);
            }
            if ("cross-account".equals(facts.text(table, "resourcePolicy"))) {
                out.report("dynamodb.cross-account-policy", facts.name(table) + " has a resource-based policy that "
                        + "lets other AWS accounts in; your own IAM policies no longer show everyone who can reach "
                        + "the data.", table);
            }
        }
    }
}
