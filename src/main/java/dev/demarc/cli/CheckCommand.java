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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code demarc check [--format text|json|markdown] [--fail-on SEVERITY] FILE...}: analyzes diagram files
 * without a window. Exit codes: 0 analyzed with no finding at or above {@code --fail-on}; 1 such a
 * finding; 2 a usage error or a file that cannot be loaded (the other files are still reported).
 */
@Command(name = "check", sortOptions = false,
        customSynopsis = "demarc check [--format text|json|markdown] [--fail-on SEVERITY] FILE...",
        descriptionHeading = "%n",
        description = {
            "Checks Demarc diagram files without a window.",
            "For every component it reports which layers AWS owns and which the customer must patch, encrypt, "
                    + "expose or grant access to, and the customer's mistakes it finds."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:such a finding",
            "2:usage error, or a file that cannot be read or is not a valid diagram"})
public final class CheckCommand implements Callable<Integer>, MissingValues {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private static final String FORMATS = "text, json or markdown";
    private static final String SEVERITIES = "critical, high, medium, low or info";

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            completionCandidates = FormatNames.class,
            description = "text (default), json, or markdown (a checklist for course notes)")
    private ReportFormat format = ReportFormat.TEXT;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", converter = SeverityConverter.class,
            completionCandidates = SeverityNames.class,
            description = {"exit with 1 when a finding is at least this severe: critical, high, medium, low or info "
                    + "(default: never)"})
    private Severity failOn;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;

    @Parameters(paramLabel = "FILE", description = "the diagram files to check")
    private List<String> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final String version;

    public CheckCommand(PrintStream out, PrintStream err, String version) {
        this.out = out;
        this.err = err;
        this.version = version;
    }

    /** Runs the command on its own with the arguments that follow {@code check}; returns the exit code. */
    public int run(List<String> args) {
        return Commands.run(this, out, err, args);
    }

    /** Picocli calls this once the arguments are read: checks the files. */
    @Override
    public Integer call() {
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no diagram file given");
        }
        return check(files, format, failOn);
    }

    @Override
    public String needs(String option) {
        return option.equals("--fail-on") ? "a severity: " + SEVERITIES : "a value: " + FORMATS;
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

    /** {@code --format}'s value in any case, or a message naming the formats there are. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value).orElseThrow(() -> new TypeConversionException(
                    "unknown format '" + value + "'; use " + FORMATS));
        }
    }

    /** {@code --fail-on}'s value in any case, or a message naming the severities there are. */
    static final class SeverityConverter implements ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            return Severity.parse(value).orElseThrow(() -> new TypeConversionException(
                    "unknown severity '" + value + "'; use " + SEVERITIES));
        }
    }

    /** The formats as typed, for shell completion. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ReportFormat.values()).map(ReportFormat::id).iterator();
        }
    }

    /** The severities as typed, for shell completion. */
    static final class SeverityNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Severity.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
