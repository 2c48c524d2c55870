package dev.demarc.bench;

import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramWriter;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Connection;
import dev.demarc.model.Diagram;
import dev.demarc.model.InboundRule;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.model.Protocol;
import dev.demarc.model.SecurityGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds large, realistic diagrams for benchmarks: repeated "cells" of one VPC with a public and a private
 * subnet, two web servers, a database, a bucket and a CloudFront distribution, with the connections
 * between them and a mix of good and bad settings, so every rule family has work to do.
 *
 * <p>{@code main} writes {@code bench-N.json} files for timing the command line; see docs/performance.md.
 */
public final class DiagramGenerator {

    /** Components per cell. */
    public static final int CELL = 9;

    private DiagramGenerator() {
    }

    /** A diagram of about {@code size} components (rounded up to whole cells). */
    public static Diagram generate(int size) {
        List<Component> components = new ArrayList<>();
        List<Connection> connections = new ArrayList<>();
        int cells = (size + CELL - 1) / CELL;
        for (int i = 0; i < cells; i++) {
            double x = (i % 10) * 1400.0;
            double y = (i / 10) * 800.0;
            String p = "c" + i + "-";
            boolean sloppy = i % 3 == 0;
            components.add(new Component(p + "vpc", ComponentType.VPC, "VPC " + i, x, y, 1300.0, 700.0, null,
                    props("internetGateway", bool(true), "flowLogs", bool(!sloppy))));
            components.add(new Component(p + "pub", ComponentType.SUBNET, "Public " + i, x + 20, y + 40, 600.0,
                    620.0, p + "vpc", props("public", bool(true), "cidr", new PropertyValue.Text("10.0.1.0/24"))));
            components.add(new Component(p + "priv", ComponentType.SUBNET, "Private " + i, x + 660, y + 40, 600.0,
                    620.0, p + "vpc", Properties.empty()));
            for (int w = 0; w < 2; w++) {
                components.add(new Component(p + "web" + w, ComponentType.EC2, "Web " + i + "." + w, x + 60,
                        y + 100 + w * 200, null, null, p + "pub", props("publicIp", bool(true), "securityGroups",
                                new PropertyValue.Groups(List.of(sloppy ? "open-22" : "open-443")))));
                connections.add(new Connection(p + "k" + w, p + "web" + w, p + "db", "SQL"));
            }
            components.add(new Component(p + "db", ComponentType.RDS, "DB " + i, x + 700, y + 100, null, null,
                    p + "priv", props("publiclyAccessible", bool(sloppy), "storageEncrypted", bool(!sloppy))));
            components.add(new Component(p + "bucket", ComponentType.S3, "Assets " + i, x + 700, y + 400, null,
                    null, null, props("blockPublicAccess", bool(!sloppy), "publicPolicy", bool(sloppy))));
            components.add(new Component(p + "cdn", ComponentType.CLOUDFRONT, "CDN " + i, x + 1000, y + 400,
                    null, null, null, props("originAccessControl", bool(!sloppy))));
            connections.add(new Connection(p + "origin", p + "cdn", p + "bucket", "origin"));
            components.add(new Component(p + "worker", ComponentType.EC2, "Worker " + i, x + 700, y + 250, null,
                    null, p + "priv", props("patchManager", bool(true))));
            connections.add(new Connection(p + "upload", p + "worker", p + "bucket", null));
        }
        return new Diagram("Generated diagram of " + components.size() + " components", components, connections,
                List.of(openGroup(22), openGroup(443)));
    }

    private static PropertyValue bool(boolean value) {
        return new PropertyValue.Bool(value);
    }

    private static SecurityGroup openGroup(int port) {
        return new SecurityGroup("open-" + port, "Open " + port, null,
                List.of(new InboundRule(Protocol.TCP, port, "0.0.0.0/0")));
    }

    private static Properties props(Object... pairs) {
        Map<String, PropertyValue> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (PropertyValue) pairs[i + 1]);
        }
        return Properties.of(map);
    }

    /** The smallest diagram: one cell's bucket alone, the yardstick the large files' check is held against. */
    public static Diagram single() {
        Component bucket = generate(1).components().stream().filter(c -> c.type().equals(ComponentType.S3))
                .findFirst().orElseThrow();
        return new Diagram("One bucket", List.of(bucket), List.of());
    }

    /**
     * Writes {@code bench-1.json} (one component) and {@code bench-100.json}, {@code bench-1000.json} and
     * {@code bench-10000.json} into the folder given.
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(folder);
        DiagramWriter writer = new DiagramWriter(Catalog.builtIn());
        writer.write(folder.resolve("bench-1.json"), single());
        for (int size : new int[] {100, 1000, 10000}) {
            Path file = folder.resolve("bench-" + size + ".json");
            writer.write(file, generate(size));
            System.out.println(file + ": " + Files.size(file) + " bytes");
        }
    }
}
