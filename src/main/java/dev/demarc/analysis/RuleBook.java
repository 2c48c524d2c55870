package dev.demarc.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.demarc.catalog.Catalog;
import dev.demarc.catalog.CatalogException;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The rule data of {@code rules.json}, by rule id. */
public final class RuleBook {

    private static final String RESOURCE = "/dev/demarc/analysis/rules.json";

    private final Map<String, RuleSpec> rules;

    RuleBook(Map<String, RuleSpec> rules) {
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** Reads the built-in rule data; source tags are resolved against {@code catalog}. */
    public static RuleBook load(Catalog catalog) {
        JsonNode root;
        try (InputStream in = RuleBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogException("Rule data " + RESOURCE + " is missing");
            }
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new CatalogException("Rule data " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
        return read(catalog, root);
    }

    /** The rule book of a parsed {@code rules.json}; a mistake names the rule and what is wrong. */
    static RuleBook read(Catalog catalog, JsonNode root) {
        Map<String, RuleSpec> rules = new LinkedHashMap<>();
        for (JsonNode n : root.path("rules")) {
            String id = n.path("id").asText();
            try {
                List<ScannerCheck> references = scannerChecks(n);
                List<Source> sources = new ArrayList<>();
                for (JsonNode tag : n.path("sources")) {
                    Source s = catalog.sources().get(tag.asText());
                    if (s == null) {
                        throw new IllegalArgumentException("unknown source tag " + tag.asText());
                    }
                    sources.add(s);
                }
                Set<String> tags = new TreeSet<>();
                n.path("tags").forEach(t -> tags.add(t.asText()));
                RuleSpec spec = new RuleSpec(id, Severity.valueOf(n.path("severity").asText()),
                        Duty.valueOf(n.path("category").asText()), text(n, "title"), text(n, "remediation"),
                        references, n.path("relationship").asText(""), sources, tags);
                if (rules.put(id, spec) != null) {
                    throw new IllegalArgumentException("duplicate rule id");
                }
            } catch (IllegalArgumentException e) {
                throw new CatalogException("Rule data, rule '" + id + "': " + e.getMessage(), e);
            }
        }
        return new RuleBook(rules);
    }

    /**
     * The "scanners" object: per scanner key, the ids of its checks, e.g. {@code {"checkov": ["CKV_AWS_17"]}}.
     * The old flat "references" list named no tool, so it is refused rather than silently dropped.
     */
    private static List<ScannerCheck> scannerChecks(JsonNode rule) {
        if (rule.has("references")) {
            throw new IllegalArgumentException("\"references\" is replaced by \"scanners\", an object of id lists "
                    + "per tool such as {\"checkov\": [\"CKV_AWS_17\"]}");
        }
        JsonNode scanners = rule.path("scanners");
        if (!scanners.isObject()) {
            throw new IllegalArgumentException("missing scanners (an object, {} when no scanner has the check)");
        }
        List<ScannerCheck> checks = new ArrayList<>();
        for (Scanner scanner : Scanner.values()) {
            JsonNode ids = scanners.path(scanner.key());
            if (!ids.isMissingNode() && !ids.isArray()) {
                throw new IllegalArgumentException("scanners." + scanner.key() + " must be a list of check ids");
            }
            for (JsonNode id : ids) {
                if (!id.isTextual()) {
                    throw new IllegalArgumentException("scanners." + scanner.key() + " holds " + id
                            + "; check ids are strings such as \"CKV_AWS_17\"");
                }
                checks.add(new ScannerCheck(scanner, id.textValue()));
            }
        }
        scanners.fieldNames().forEachRemaining(key -> {
            if (Scanner.fromKey(key).isEmpty()) {
                throw new IllegalArgumentException("unknown scanner \"" + key + "\"; use checkov, prowler or cfn-nag");
            }
        });
        return checks;
    }

    private static String text(JsonNode n, String field) {
        String value = n.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return value;
    }

    public RuleSpec get(String id) {
        RuleSpec spec = rules.get(id);
        if (spec == null) {
            throw new IllegalArgumentException("No rule data for " + id);
        }
        return spec;
    }

    public Collection<RuleSpec> all() {
        return rules.values();
    }
}
