package dev.demarc.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code check}. */
public enum ReportFormat {
    TEXT, JSON, MARKDOWN;

    public static Optional<ReportFormat> parse(String text) {
        for (ReportFormat f : values()) {
            if (f.name().equalsIgnoreCase(text)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Renders the reports of all files checked in one run. */
    public String render(List<FileReport> reports, String toolVersion) {
        return switch (this) {
            case TEXT -> TextReport.render(reports);
            case JSON -> JsonReport.render(reports, toolVersion);
            case MARKDOWN -> MarkdownReport.render(reports);
        };
    }
}
