package dev.demarc.analysis;

import java.util.Arrays;
import java.util.Optional;

/** The infrastructure-as-code and cloud scanners whose check ids a rule cites, so students can find them there. */
public enum Scanner {
    CHECKOV("checkov", "Checkov"),
    PROWLER("prowler", "Prowler"),
    CFN_NAG("cfn-nag", "cfn-nag");

    private final String key;
    private final String displayName;

    Scanner(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The name in {@code rules.json} and the JSON report: {@code checkov}, {@code prowler}, {@code cfn-nag}. */
    public String key() {
        return key;
    }

    /** The tool's own spelling, as people write it. */
    public String displayName() {
        return displayName;
    }

    public static Optional<Scanner> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
