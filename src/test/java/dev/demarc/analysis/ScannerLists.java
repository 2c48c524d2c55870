package dev.demarc.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check lists of the three scanners, as copied into {@code src/test/resources/dev/demarc/analysis/scanners/}
 * from {@code /work/shared/domain/scanners/} (ids, resource types and Prowler's severity; the commits they were
 * read from head each file). Titles were left out on purpose.
 */
final class ScannerLists {

    /** One check: the resource types its list names (file names dropped) and Prowler's severity, if any. */
    record Entry(String id, Set<String> resourceTypes, String severity) {
    }

    private ScannerLists() {
    }

    static Map<String, Entry> load(Scanner scanner) {
        return switch (scanner) {
            case CHECKOV -> read("checkov-aws.tsv", cols -> new Entry(cols[0], types(cols[1], cols[2]), ""));
            case PROWLER -> read("prowler-aws.tsv", cols -> new Entry(cols[0], types(cols[2]), cols[1]));
            case CFN_NAG -> read("cfn-nag.tsv", cols -> new Entry(cols[0], types(cols[2]), ""));
        };
    }

    private interface RowReader {
        Entry read(String[] columns);
    }

    private static Map<String, Entry> read(String file, RowReader rows) {
        Map<String, Entry> out = new LinkedHashMap<>();
        try (InputStream in = ScannerLists.class.getResourceAsStream("scanners/" + file)) {
            if (in == null) {
                throw new IllegalStateException("test resource scanners/" + file + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] columns = Arrays.copyOf(line.split("\t", -1), 3);
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = columns[i] == null ? "" : columns[i].strip();
                }
                Entry e = rows.read(columns);
                out.put(e.id(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The resource types of comma-separated columns. Some rows name the rule's source file instead (a graph
     * check's YAML, a shared Python class, a Ruby rule); those say nothing about the type and are dropped.
     */
    private static Set<String> types(String... columns) {
        return Arrays.stream(columns).flatMap(c -> Arrays.stream(c.split(",")))
                .map(String::strip)
                .filter(t -> !t.isEmpty() && !t.endsWith(".py") && !t.endsWith(".yaml") && !t.endsWith(".rb"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
