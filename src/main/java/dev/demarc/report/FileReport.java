package dev.demarc.report;

import dev.demarc.analysis.Analysis;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.Problem;
import java.util.List;

/**
 * The outcome of checking one file: its analysis and load warnings, or the reason it could not be loaded.
 * Exactly one of {@code analysis} and {@code error} is set.
 */
public record FileReport(String file, Analysis analysis, List<Problem> warnings, DiagramLoadException error) {

    public static FileReport analyzed(String file, Analysis analysis, List<Problem> warnings) {
        return new FileReport(file, analysis, List.copyOf(warnings), null);
    }

    public static FileReport failed(String file, DiagramLoadException error) {
        return new FileReport(file, null, List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }

    /** The diagram's title, or the file name when it has none. */
    public String title() {
        String title = analysis == null ? null : analysis.diagram().title();
        return title == null || title.isBlank() ? file : title;
    }
}
