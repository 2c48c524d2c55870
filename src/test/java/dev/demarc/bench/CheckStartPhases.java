package dev.demarc.bench;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.cli.CheckCommand;
import dev.demarc.cli.DemarcCommand;
import dev.demarc.cli.GradeCommand;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.LoadedDiagram;
import dev.demarc.report.FileReport;
import dev.demarc.report.ReportFormat;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Where {@code demarc check FILE} spends its main thread's processor time before its report, phase by phase, in
 * the order the command takes them (docs/performance.md, start-up). Run on the packaged runtime, Linux only:
 * {@code RUNTIME/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/test-classes:APP/lib/app/demarc.jar
 * dev.demarc.bench.CheckStartPhases FILE}.
 */
public final class CheckStartPhases {

    private CheckStartPhases() {
    }

    public static void main(String[] args) throws DiagramLoadException {
        ProcessClock clock = new ProcessClock(System.out);
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        new DemarcCommand("bench", nowhere, nowhere, new CheckCommand(nowhere, nowhere, "bench"),
                new GradeCommand(nowhere, nowhere, false));
        clock.mark("picocli's commands");
        Catalog catalog = Catalog.builtIn();
        clock.mark("catalog");
        DiagramReader reader = new DiagramReader(catalog);
        clock.mark("diagram reader");
        Analyzer analyzer = new Analyzer(catalog);
        clock.mark("analyzer and rules");
        LoadedDiagram loaded = reader.read(args[0]);
        clock.mark("read the file");
        Analysis analysis = analyzer.analyze(loaded.diagram());
        clock.mark("analysis");
        String text = ReportFormat.TEXT.render(List.of(FileReport.analyzed(args[0], analysis, loaded.warnings())),
                "bench");
        clock.mark("text report");
        nowhere.print(text);
        clock.threads();
    }
}
