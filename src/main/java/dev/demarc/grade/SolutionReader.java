package dev.demarc.grade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramLoadException;
import dev.demarc.io.DiagramReader;
import dev.demarc.io.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the instructor's solution, which is either a diagram or a rubric: the top-level {@code format}
 * field decides. Either way students are graded against a rubric: a diagram's is derived from it
 * ({@link DiagramSolution}). Anything else that looks like neither is read as a diagram, so that broken JSON gets the
 * diagram reader's careful message.
 */
public final class SolutionReader {

    private final Catalog catalog;
    private final Analyzer analyzer;
    private final DiagramReader diagrams;
    private final RubricReader rubrics;
    private final JsonFactory peek = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(DiagramReader.MAX_DEPTH).build())
            .build();

    public SolutionReader(Catalog catalog, Analyzer analyzer) {
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.diagrams = new DiagramReader(catalog);
        this.rubrics = new RubricReader(catalog, analyzer.rules());
    }

    /** The solution in {@code file}, as the rubric students are graded against. */
    public RubricGrader read(Path file) throws SolutionException {
        byte[] bytes = bytes(file);
        Optional<String> format = format(bytes);
        if (format.filter(RubricReader.FORMAT::equals).isPresent()) {
            return new RubricGrader(rubrics.read(bytes), catalog, analyzer.rules());
        }
        if (format.isPresent() && !format.get().equals(DiagramReader.FORMAT)) {
            throw new SolutionException(Problem.general("A solution must be a Demarc diagram (\"format\": \""
                    + DiagramReader.FORMAT + "\") or a rubric (\"format\": \"" + RubricReader.FORMAT + "\"), not \""
                    + format.get() + "\""));
        }
        try {
            return new RubricGrader(DiagramSolution.rubric(analyzer.analyze(diagrams.read(bytes).diagram()), catalog,
                    analyzer.rules()), catalog, analyzer.rules());
        } catch (DiagramLoadException e) {
            throw new SolutionException(e.first());
        }
    }

    private static byte[] bytes(Path file) throws SolutionException {
        try {
            return DiagramReader.readFile(file, "solution");
        } catch (DiagramLoadException e) {
            throw fail(e.first().message());
        }
    }

    /** The string value of the top-level {@code format} field, if the text gets that far as JSON. */
    private Optional<String> format(byte[] bytes) {
        int offset = DiagramReader.bomLength(bytes);
        try (JsonParser p = peek.createParser(bytes, offset, bytes.length - offset)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("format")) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : Optional.empty();
                }
                p.skipChildren();
            }
        } catch (IOException e) {
            // not JSON, or broken before the format field: the diagram reader will say where
        }
        return Optional.empty();
    }

    private static SolutionException fail(String message) {
        return new SolutionException(Problem.general(message));
    }
}
