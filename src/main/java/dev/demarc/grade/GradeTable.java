package dev.demarc.grade;

import java.util.List;

/**
 * The grades as text for a terminal: one row per student file (file, score, number of differences), then
 * each file's points and differences, each with its fix, or its problem when it could not be read.
 */
public final class GradeTable {

    private GradeTable() {
    }

    public static String render(List<GradedFile> grades) {
        int width = "file".length();
        for (GradedFile g : grades) {
            width = Math.max(width, g.file().length());
        }
        String row = "%-" + width + "s  %5s  %11s%n";
        StringBuilder out = new StringBuilder();
        out.append(String.format(row, "file", "score", "differences"));
        for (GradedFile g : grades) {
            out.append(g.ok() ? String.format(row, g.file(), g.score(), g.differences().size())
                    : String.format(row, g.file(), "-", "unreadable"));
        }
        for (GradedFile g : grades) {
            out.append('\n');
            if (!g.ok()) {
                out.append(g.file()).append(": cannot be graded\n");
                out.append("  error: ").append(g.errorMessage()).append('\n');
                continue;
            }
            out.append(g.file()).append(": ").append(g.score()).append("/").append(Scoring.FULL_MARKS)
                    .append(" (").append(g.earned()).append(" of ").append(g.possible()).append(" points)\n");
            if (g.differences().isEmpty()) {
                out.append("  No differences.\n");
            }
            for (Difference d : g.differences()) {
                out.append("  ").append(d.describe()).append('\n');
                if (!d.fix().isEmpty()) {
                    out.append("      Fix: ").append(d.fix()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
