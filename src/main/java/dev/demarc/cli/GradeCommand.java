package dev.demarc.cli;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.grade.GradeCsv;
import dev.demarc.grade.GradeTable;
import dev.demarc.grade.GradedFile;
import dev.demarc.grade.Grader;
import dev.demarc.grade.RubricWriter;
import dev.demarc.grade.Solution;
import dev.demarc.grade.SolutionException;
import dev.demarc.grade.SolutionReader;
import dev.demarc.io.AtomicFiles;
import dev.demarc.io.DiagramReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code demarc grade --solution SOLUTION.json [--csv FILE] STUDENT.json...}: grades students' diagrams
 * against an instructor's diagram or rubric; {@code --show-rubric} prints the rubric a solution is graded as
 * instead. Exit codes as for {@code check}: 0 every file graded with no
 * difference; 1 some file differs from the solution; 2 a usage error, an unusable solution, a CSV that
 * cannot be written, or a student file that cannot be read (the others are still graded).
 */
@Command(name = "grade", sortOptions = false,
        customSynopsis = {"demarc grade --solution SOLUTION.json [--csv FILE] STUDENT.json...",
            "       demarc grade --solution SOLUTION.json --show-rubric"},
        descriptionHeading = "%n",
        description = {
            "Grades students' diagrams against an instructor's solution.",
            "The solution is a diagram, or a rubric of expectations (\"format\": \"demarc-rubric\"). Prints one "
                    + "row per student (file, score from 0 to 100, number of differences), then each student's "
                    + "differences and their fixes. A diagram is graded as the rubric it shows; --show-rubric "
                    + "prints that rubric as a file to edit. Scoring and rubrics: docs/grading.md."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file graded with no difference", "1:some file differs",
            "2:usage error, unusable solution, or a file that cannot be read"})
public final class GradeCommand implements Callable<Integer>, MissingValues {

    public static final int OK = 0;
    public static final int DIFFERENCES = 1;
    public static final int ERROR = 2;
    /** Fewer files than this are graded too fast for a progress bar to help. */
    static final int PROGRESS_FROM = 10;

    @Option(names = "--solution", paramLabel = "FILE", description = "the instructor's diagram or rubric (required)")
    private String solution;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "also write the grades as CSV: file, score, difference_count, differences, error")
    private String csv;

    @Option(names = "--show-rubric",
            description = "print the rubric the solution is graded as, with every weight, and grade nothing")
    private boolean showRubric;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    private boolean help;

    @Parameters(paramLabel = "STUDENT.json", description = "the students' diagrams")
    private List<String> files = new ArrayList<>();

    @Spec
    private CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    /** {@code terminal}: whether a person watches {@code err}, so that a progress bar may be drawn there. */
    public GradeCommand(PrintStream out, PrintStream err, boolean terminal) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Runs the command on its own with the arguments that follow {@code grade}; returns the exit code. */
    public int run(List<String> args) {
        return Commands.run(this, out, err, args);
    }

    /** Picocli calls this once the arguments are read: grades the files, or shows the rubric. */
    @Override
    public Integer call() {
        // "--solution=" reads as an empty value, which is as missing as no value at all.
        if ("".equals(solution) || "".equals(csv)) {
            throw usageError(("".equals(solution) ? "--solution" : "--csv") + " needs a file name");
        }
        if (solution == null) {
            throw usageError("--solution is required: the instructor's diagram or rubric");
        }
        if (showRubric) {
            if (!files.isEmpty() || csv != null) {
                throw usageError("--show-rubric grades nothing: give it no student file and no --csv");
            }
            return showRubric(solution);
        }
        if (files.isEmpty()) {
            throw usageError("no student file given");
        }
        return grade(solution, csv, files);
    }

    @Override
    public String needs(String option) {
        return "a file name";
    }

    private ParameterException usageError(String problem) {
        return new ParameterException(spec.commandLine(), problem);
    }

    private int showRubric(String solutionFile) {
        Catalog catalog = Catalog.builtIn();
        try {
            out.print(RubricWriter.write(new SolutionReader(catalog, new Analyzer(catalog)).read(Path.of(solutionFile))
                    .rubric()));
            return OK;
        } catch (SolutionException e) {
            err.println("demarc grade: the solution " + solutionFile + " cannot be used: " + e.problem().describe());
            return ERROR;
        } catch (InvalidPathException e) {
            throw usageError("not a valid file name: " + e.getInput());
        }
    }

    private int grade(String solutionFile, String csv, List<String> files) {
        Catalog catalog = Catalog.builtIn();
        Analyzer analyzer = new Analyzer(catalog);
        Solution solution;
        Path csvPath;
        try {
            solution = new SolutionReader(catalog, analyzer).read(Path.of(solutionFile));
            csvPath = csv == null ? null : Path.of(csv);
        } catch (SolutionException e) {
            err.println("demarc grade: the solution " + solutionFile + " cannot be used: " + e.problem().describe());
            return ERROR;
        } catch (InvalidPathException e) {
            throw usageError("not a valid file name: " + e.getInput());
        }
        Grader grader = new Grader(solution, new DiagramReader(catalog), analyzer);
        ProgressBar progress = terminal && files.size() >= PROGRESS_FROM
                ? new ProgressBar(err, files.size(), "Grading") : null;
        List<GradedFile> grades = new ArrayList<>();
        for (String file : files) {
            grades.add(grader.grade(file));
            if (progress != null) {
                progress.show(grades.size());
            }
        }
        if (progress != null) {
            progress.clear();
        }
        out.print(GradeTable.render(grades));
        out.flush();
        boolean anyError = grades.stream().anyMatch(g -> !g.ok());
        if (csvPath != null && !writeCsv(csvPath, grades)) {
            anyError = true;
        }
        if (anyError) {
            return ERROR;
        }
        return grades.stream().anyMatch(g -> !g.differences().isEmpty()) ? DIFFERENCES : OK;
    }

    private boolean writeCsv(Path csv, List<GradedFile> grades) {
        String problem;
        try {
            if (Files.isDirectory(csv)) {
                problem = "it is a folder";
            } else {
                AtomicFiles.write(csv, GradeCsv.render(grades).getBytes(StandardCharsets.UTF_8));
                return true;
            }
        } catch (NoSuchFileException e) {
            problem = "its folder does not exist";
        } catch (AccessDeniedException e) {
            problem = "permission denied";
        } catch (IOException e) {
            problem = String.valueOf(e.getMessage());
        }
        err.println("demarc grade: the CSV file " + csv + " cannot be written: " + problem);
        return false;
    }
}
