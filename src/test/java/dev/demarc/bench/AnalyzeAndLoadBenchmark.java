package dev.demarc.bench;

import dev.demarc.analysis.Analysis;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.DiagramWriter;
import dev.demarc.io.LoadedDiagram;
import dev.demarc.model.Diagram;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading (parse, validate, build the model) and analyzing (all rules, all stacks) diagrams of 100, 1,000
 * and 10,000 components. Run with {@code ./mvnw -Pbench test-compile exec:exec}; figures are in
 * docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(1)
public class AnalyzeAndLoadBenchmark {

    @Param({"100", "1000", "10000"})
    public int components;

    private Diagram diagram;
    private byte[] file;
    private Analyzer analyzer;
    private DiagramReader reader;

    @Setup
    public void setUp() {
        Catalog catalog = Catalog.builtIn();
        diagram = DiagramGenerator.generate(components);
        file = new DiagramWriter(catalog).toBytes(diagram);
        analyzer = new Analyzer(catalog);
        reader = new DiagramReader(catalog);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(diagram);
    }

    @Benchmark
    public LoadedDiagram load() throws DiagramLoadException {
        return reader.read(file);
    }
}
