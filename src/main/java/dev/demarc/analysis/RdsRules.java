package dev.demarc.analysis;

import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Protocol;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What stays the customer's on an RDS database although AWS runs its host and engine: who can reach it,
 * encryption at rest and in transit, the upgrade decision, logins, and the backup settings.
 */
final class RdsRules implements RuleFamily {

    /** The engines IAM database authentication exists for; RDS for Oracle and SQL Server have none (RDS-IAMDB). */
    private static final Set<String> IAM_AUTH_ENGINES = Set.of("mysql", "mariadb", "postgres");

    @Override
    public void check(Facts facts, Findings out) {
        for (Component db : facts.ofType(ComponentType.RDS)) {
            exposure(facts, db, out);
            if (!facts.bool(db, "storageEncrypted")) {
                out.report("rds.storage-unencrypted", facts.name(db) + " stores its data, logs, backups and snapshots "
                        + "unencrypted. Encryption can only be chosen when a database is created.", db);
            } else if (facts.bool(db, "customerManagedKey")) {
                out.report("rds.customer-managed-key", facts.name(db) + " is encrypted with a customer managed KMS "
                        + "key: its key policy, rotation and deletion are yours.", db);
            }
            if (!facts.bool(db, "enforceTls")) {
                out.report("rds.tls-not-enforced", facts.name(db) + " accepts unencrypted client connections"
                        + tlsReason(facts, db) + ".", db);
            }
            if (!facts.bool(db, "autoMinorVersionUpgrade")) {
                out.report("rds.auto-minor-upgrade-off", facts.name(db) + " does not take minor engine upgrades "
                        + "automatically; AWS patches the engine only when you schedule it.", db);
            }
            if (IAM_AUTH_ENGINES.contains(engine(facts, db)) && !facts.bool(db, "iamAuthentication")) {
                out.report("rds.no-iam-auth", facts.name(db) + " uses database passwords only, not IAM "
                        + "authentication.", db);
            }
            backup(facts, db, out);
        }
    }

    private static void exposure(Facts facts, Component db, Findings out) {
        int port = port(facts, db);
        List<GroupRule> open = worldRulesOnEnginePort(facts, db);
        boolean publiclyAccessible = facts.bool(db, "publiclyAccessible");
        if (facts.rdsReachable(db) && !open.isEmpty()) {
            out.report("rds.exposed-to-internet", facts.name(db) + " is publicly accessible in a public subnet and "
                    + GroupRule.admitters(open) + " the whole internet on port " + port + ": anyone can try to log in.",
                    db);
        } else if (publiclyAccessible) {
            out.report("rds.publicly-accessible", facts.name(db)
                    + " is marked publicly accessible. It is not reachable "
                    + "yet because " + facts.missingLink(db) + ", but one change would expose it.", db);
        } else if (!open.isEmpty()) {
            out.report("rds.open-rule", facts.name(db) + ": " + GroupRule.admitters(open) + " port " + port
                    + " from anywhere. It is not publicly accessible, so the rule does not expose it, but it is "
                    + "broader than it needs to be.", db);
        }
        if (!publiclyAccessible && facts.routesToInternet(db)) {
            out.report("rds.in-public-subnet", facts.name(db) + " sits in a public subnet; databases belong in "
                    + "private subnets.", db);
        }
    }

    private static void backup(Facts facts, Component db, Findings out) {
        long retention = facts.integer(db, "backupRetentionDays");
        if (retention == 0) {
            out.report("rds.backups-disabled", facts.name(db) + " has a backup retention of 0 days, which switches "
                    + "automated backups and point-in-time recovery off.", db);
        }
        if (!facts.bool(db, "deletionProtection")) {
            out.report("rds.no-deletion-protection", facts.name(db) + " can be deleted without first switching off "
                    + "deletion protection.", db);
        }
        if (!facts.bool(db, "multiAz")) {
            out.report("rds.single-az", facts.name(db) + " runs in one Availability Zone, with no standby to "
                    + "fail over to.", db);
        }
    }

    /** Why TLS is optional: switched off in the file, or the default of this engine version. */
    private static String tlsReason(Facts facts, Component db) {
        if (db.properties().has("enforceTls")) {
            return "";
        }
        return " (TLS is optional by default on " + engine(facts, db) + " " + facts.text(db, "engineVersion") + ")";
    }

    private static String engine(Facts facts, Component db) {
        return facts.text(db, "engine").toLowerCase(Locale.ROOT);
    }

    /** The rules admitting the internet to the engine's port; engines listen on TCP only, so UDP admits no client. */
    static List<GroupRule> worldRulesOnEnginePort(Facts facts, Component db) {
        return facts.openToWorld(db, port(facts, db)).stream().filter(r -> r.protocol() != Protocol.UDP).toList();
    }

    /** The engine's default port: the one the security group must open for clients. */
    static int port(Facts facts, Component db) {
        return EnginePorts.of(facts.text(db, "engine"));
    }
}
