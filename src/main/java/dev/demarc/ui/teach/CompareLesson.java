package dev.demarc.ui.teach;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import java.util.List;

/**
 * A set of services Compare can open on, each with the settings it starts from: the compute spectrum (the same
 * app on EC2, on ECS with either launch type, and on Lambda, the line climbing at each step) or one service of
 * each kind.
 *
 * @param name    what the lesson chooser shows
 * @param columns the services, left to right
 */
record CompareLesson(String name, List<Column> columns) {

    /** EC2, ECS on EC2, ECS on Fargate, Lambda: "what moves the line" as the seed's spectrum puts it (R22). */
    static final CompareLesson SPECTRUM = new CompareLesson("Compute spectrum", List.of(
            new Column("EC2", Properties.empty()),
            new Column("ECS", launchType("EC2")),
            new Column("ECS", launchType("FARGATE")),
            new Column("LAMBDA", Properties.empty())));

    /** One service of each kind: infrastructure, managed database, storage, edge. */
    static final CompareLesson SERVICE_KINDS = new CompareLesson("EC2, RDS, S3, CloudFront", List.of(
            new Column("EC2", Properties.empty()),
            new Column("RDS", Properties.empty()),
            new Column("S3", Properties.empty()),
            new Column("CLOUDFRONT", Properties.empty())));

    static final List<CompareLesson> ALL = List.of(SPECTRUM, SERVICE_KINDS);

    CompareLesson {
        columns = List.copyOf(columns);
    }

    /** One compared service: its type id and the settings it starts with. */
    record Column(String type, Properties properties) {
    }

    /** The lesson's columns whose type the catalog has, as compare columns. */
    List<CompareColumn> build(Catalog catalog, Analyzer analyzer) {
        return columns.stream().filter(c -> catalog.find(new ComponentType(c.type())).isPresent())
                .map(c -> new CompareColumn(catalog, analyzer, new ComponentType(c.type()), c.properties())).toList();
    }

    private static Properties launchType(String value) {
        return Properties.empty().with("launchType", new PropertyValue.Text(value));
    }

    @Override
    public String toString() {
        return name;
    }
}
