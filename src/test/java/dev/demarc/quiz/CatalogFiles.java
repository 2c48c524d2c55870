package dev.demarc.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The catalog's type files read straight from the source tree with Jackson, so the teaching tests take their
 * expected owners, reasons and exam questions from the data and not from the code under test.
 */
public final class CatalogFiles {

    private static final Path TYPES = Path.of("src/main/resources/dev/demarc/catalog/types");
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogFiles() {
    }

    public static JsonNode type(String type) {
        try {
            return JSON.readTree(TYPES.resolve(type + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Layer id to owner name (AWS, CUSTOMER, SHARED, NONE), bottom of the stack first. */
    public static Map<String, String> owners(String type) {
        Map<String, String> out = new LinkedHashMap<>();
        type(type).get("layers").forEach(l -> out.put(l.get("layer").asText(), l.get("owner").asText()));
        return out;
    }

    public static String why(String type, String layer) {
        for (JsonNode l : type(type).get("layers")) {
            if (l.get("layer").asText().equals(layer)) {
                return l.get("why").asText();
            }
        }
        throw new AssertionError(type + " has no layer " + layer);
    }

    /** The id of the highest layer whose owner is AWS. */
    public static String highestAws(String type) {
        String highest = null;
        for (Map.Entry<String, String> e : owners(type).entrySet()) {
            if (e.getValue().equals("AWS")) {
                highest = e.getKey();
            }
        }
        return highest;
    }

    /** Every exam question of every type file, with its answer. */
    public static Map<String, String> examSignals() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(TYPES)) {
            List<Path> sorted = new ArrayList<>(files.filter(p -> p.toString().endsWith(".json")).sorted().toList());
            for (Path p : sorted) {
                JSON.readTree(p.toFile()).get("examSignals").forEach(s ->
                        out.put(s.get("question").asText(), s.get("answer").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The exam questions of one type file ({@code RDS}), in file order. */
    public static List<String> examSignalsOf(String type) {
        List<String> out = new ArrayList<>();
        type(type).get("examSignals").forEach(s -> out.add(s.get("question").asText()));
        return out;
    }
}
