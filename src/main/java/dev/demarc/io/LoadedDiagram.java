package dev.demarc.io;

import dev.demarc.model.Diagram;
import java.util.List;

/** A diagram read from a file, with the warnings that did not stop it loading (such as unknown properties). */
public record LoadedDiagram(Diagram diagram, List<Problem> warnings) {

    public LoadedDiagram {
        warnings = List.copyOf(warnings);
    }
}
