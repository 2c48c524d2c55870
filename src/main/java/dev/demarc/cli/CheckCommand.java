package dev.demarc.cli;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.analysis.Severity;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.LoadedDiagram;
import dev.demarc.io.Problem;
import dev.demarc.report.FileReport;
import dev.demarc.report.ReportFormat;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code demarc check [--format text|json|markdown] [--fail-on SEVERITY] FILE...}: analyzes diagram files
 * without a window. Exit codes: 0 analyzed with no finding at or above {@code --fail-on}; 1 such a
 * finding; 2 a usage error or a file that cannot be loaded (the other files are still reported).
 */
public final class CheckCommand {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    static final String USAGE = """
            Usage: demarc check [--format text|json|markdown] [--fail-on SEVERITY] FILE...

            Analyzes Demarc diagram files and reports, for every component, which layers AWS
            owns and which the customer must patch, encrypt, expose or grant access to, and
            the customer's mistakes it finds.

            Options:
              --format FORMAT     text (default), json, or markdown (a checklist for course notes)
              --fail-on SEVERITY  exit with 1 when a finding is at least this severe:
                                  critical, high, medium, low or info (default: never)
              -h, --help          show this help

            Exit codes: 0 no finding at or above --fail-on, 1 such a finding,
                        2 usage error or a file that cannot be read or is not a valid diagram.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final String version;

    public CheckCommand(PrintStream out, PrintStream err, String version) {
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /** Runs the command with the arguments that follow {@code check}; returns the exit code. */
    public int run(List<String> args) {
        ReportFormat format = ReportFormat.TEXT;
        Severity failOn = null;
        List<String> files = new ArrayList<>();
        CommandLine line = new CommandLine(args);
        while (line.hasNext()) {
            CommandLine.Token token = line.next();
            if (token.isOperand()) {
                files.add(token.text());
                continue;
            }
            switch (token.name()) {
                case "-h", "--help" -> {
                    out.print(USAGE);
                    return OK;
                }
                case "--format" -> {
                    Optional<String> value = line.value(token);
                    if (value.isEmpty()) {
                        return usage("--format needs a value: text, json or markdown");
                    }
                    String given = value.get();
                    var parsed = ReportFormat.parse(given);
                    if (parsed.isEmpty()) {
                        return usage("unknown format '" + given + "'; use text, json or markdown");
                    }
                    format = parsed.get();
                }
                case "--fail-on" -> {
                    Optional<String> value = line.value(token);
                    if (value.isEmpty()) {
                        return usage("--fail-on needs a severity: critical, high, medium, low or info");
                    }
                    String given = value.get();
                    var parsed = Severity.parse(given);
                    if (parsed.isEmpty()) {
                        return usage("unknown severity '" + given + "'; use critical, high, medium, low or info");
                    }
                    failOn = parsed.get();
                }
                default -> {
                    return usage("unknown option '" + token.text() + "'");
                }
            }
        }
        if (files.isEmpty()) {
            return usage("no diagram file given");
        }
        return check(files, format, failOn);
    }

    private int check(List<String> files, ReportFormat format, Severity failOn) {
        Catalog catalog = Catalog.builtIn();
        DiagramReader reader = new DiagramReader(catalog);
        Analyzer analyzer = new Analyzer(catalog);
        List<FileReport> reports = new ArrayList<>();
        boolean anyError = false;
        boolean failing = false;
        for (String file : files) {
            try {
                LoadedDiagram loaded = reader.read(file);
                Analysis analysis = analyzer.analyze(loaded.diagram());
                reports.add(FileReport.analyzed(file, analysis, loaded.warnings()));
                if (failOn != null && analysis.worst().map(s -> s.atLeast(failOn)).orElse(false)) {
                    failing = true;
                }
            } catch (DiagramLoadException e) {
                anyError = true;
                reports.add(FileReport.failed(file, e));
            } catch (RuntimeException e) {
                // A bug in Demarc must not hide the other files' reports behind a stack trace.
                anyError = true;
                reports.add(FileReport.failed(file, new DiagramLoadException(Problem.bug("checking this file", e))));
            }
        }
        out.print(format.render(reports, version));
        out.flush();
        if (anyError) {
            return ERROR;
        }
        return failing ? FINDINGS : OK;
    }

    private int usage(String problem) {
        err.println("demarc check: " + problem);
        err.println();
        err.print(USAGE);
        return ERROR;
    }
}
