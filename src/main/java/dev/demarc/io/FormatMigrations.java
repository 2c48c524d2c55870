package dev.demarc.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.TypeSpec;
import dev.demarc.model.ComponentType;

/**
 * Upgrades the JSON tree of an older diagram file to the current format version before it is bound.
 *
 * <p>One step per version, each a small pure function on the tree:
 * <ul>
 *   <li>1 to 2: an S3 bucket's boolean {@code aclsEnabled} became {@code objectOwnership}, S3's three-valued
 *   setting, because origin access control conflicts only with one of the two settings that enable ACLs.
 *   {@code true} becomes {@code "ObjectWriter"}, the setting every bucket had before April 2023 and the one
 *   the old flag's OAC warning described; {@code false} becomes {@code "BucketOwnerEnforced"}.</li>
 *   <li>2 to 3: security groups became objects of their own ({@link SecurityGroupMigration}), and EC2's
 *   {@code iamRole} and ECS's {@code taskRole} flags became IAM role components connected from the workload
 *   ({@link RoleFlagMigration}).</li>
 * </ul>
 */
final class FormatMigrations {

    /** The newest format version this build reads and the one it writes. */
    static final int CURRENT = 3;

    private FormatMigrations() {
    }

    /** Returns {@code root} (changed in place) upgraded from {@code version} to {@link #CURRENT}. */
    static ObjectNode migrate(ObjectNode root, int version) {
        ObjectNode current = root;
        for (int v = version; v < CURRENT; v++) {
            current = step(current, v);
        }
        current.put("formatVersion", CURRENT);
        return current;
    }

    /**
     * Whether upgrading changed nothing but the version number, so the file can be read as it is (which keeps
     * line and column numbers for its error messages).
     */
    static boolean onlyVersionDiffers(ObjectNode original, ObjectNode migrated) {
        ObjectNode renumbered = original.deepCopy();
        renumbered.set("formatVersion", migrated.get("formatVersion"));
        return renumbered.equals(migrated);
    }

    private static ObjectNode step(ObjectNode root, int fromVersion) {
        if (fromVersion == 1) {
            return objectOwnership(root);
        }
        if (fromVersion == 2) {
            return SecurityGroupMigration.apply(roleFlags(root));
        }
        throw new IllegalStateException("No migration from format version " + fromVersion);
    }

    private static ObjectNode roleFlags(ObjectNode root) {
        return RoleFlagMigration.apply(root, FormatMigrations::defaultWidth,
                Catalog.builtIn().spec(ComponentType.IAM_ROLE).defaultHeight());
    }

    private static ObjectNode objectOwnership(ObjectNode root) {
        JsonNode components = root.path("components");
        for (JsonNode c : components) {
            JsonNode properties = c.path("properties");
            if (!"S3".equals(c.path("type").asText(null)) || !(properties instanceof ObjectNode props)) {
                continue;
            }
            JsonNode acls = props.get("aclsEnabled");
            if (acls == null || !acls.isBoolean()) {
                // Not the old flag's shape: leave it for validation to name.
                continue;
            }
            props.remove("aclsEnabled");
            if (!props.has("objectOwnership")) {
                props.put("objectOwnership", acls.booleanValue() ? "ObjectWriter" : "BucketOwnerEnforced");
            }
        }
        return root;
    }

    /** The catalog's width for a component of {@code typeId} that gives none; 0 for a type it does not know. */
    private static double defaultWidth(String typeId) {
        if (!ComponentType.isWellFormed(typeId)) {
            return 0;
        }
        return Catalog.builtIn().find(new ComponentType(typeId)).map(TypeSpec::defaultWidth).orElse(0.0);
    }
}
