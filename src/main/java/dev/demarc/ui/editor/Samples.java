package dev.demarc.ui.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The sample diagrams shipped inside the app (copied from {@code samples/} at build time), listed in
 * {@code samples.index} because a jar cannot be listed portably.
 */
public final class Samples {

    private static final String BASE = "/dev/demarc/samples/";

    private Samples() {
    }

    /** The sample file names, in the order of the index. */
    public static List<String> names() {
        try (InputStream in = Samples.class.getResourceAsStream("/dev/demarc/samples.index")) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> s.endsWith(".json")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The bytes of one sample, if it is shipped. */
    public static Optional<byte[]> read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream(BASE + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The menu label of a sample: the diagram's own title ("Web app on EC2 with RDS"), or a name made from
     * the file name when the sample has none or cannot be read.
     */
    public static String menuLabel(String name) {
        return read(name).flatMap(Samples::title).orElseGet(() -> displayName(name));
    }

    private static Optional<String> title(byte[] json) {
        try {
            JsonNode title = new ObjectMapper().readTree(json).path("title");
            return title.isTextual() && !title.asText().isBlank() ? Optional.of(title.asText().strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** "web-app-ec2-rds.json" -> "Web app ec2 rds": a menu label when the file has no title. */
    public static String displayName(String name) {
        String base = name.replaceFirst("\\.json$", "").replace('-', ' ');
        return base.isEmpty() ? name : Character.toUpperCase(base.charAt(0)) + base.substring(1);
    }
}
