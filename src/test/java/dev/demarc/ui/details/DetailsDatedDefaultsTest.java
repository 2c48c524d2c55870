package dev.demarc.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.model.Component;
import dev.demarc.model.ComponentType;
import dev.demarc.model.Diagram;
import dev.demarc.model.Properties;
import dev.demarc.model.PropertyValue;
import dev.demarc.ui.editor.EditorModel;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Responsibility tab lists the defaults AWS changed that concern the selected component. */
@ExtendWith(ApplicationExtension.class)
class DetailsDatedDefaultsTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    private EditorModel model;

    @Start
    void start(Stage stage) {
        model = new EditorModel(CATALOG, new Analyzer(CATALOG));
        stage.setScene(new Scene(new DetailsView(model, url -> { }), 440, 780));
        stage.show();
    }

    @Test
    void aBucketShowsItsThreeDatedDefaults(FxRobot robot) {
        open(robot, "bucket");

        List<String> lines = lines(robot);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Default encryption: Default changed January 5, 2023")),
                lines.toString());
    }

    @Test
    void aPostgresDatabaseIsToldAboutPostgresOnly(FxRobot robot) {
        open(robot, "db");

        List<String> lines = lines(robot);
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("Require TLS connections: Default changed from PostgreSQL 15"),
                lines.get(0));
    }

    private void open(FxRobot robot, String id) {
        Component bucket = new Component("bucket", ComponentType.S3, null, 0, 0, null, null, null, Properties.empty());
        Component db = new Component("db", ComponentType.RDS, null, 0, 0, null, null, null,
                Properties.of(Map.of("engine", new PropertyValue.Text("postgres"))));
        robot.interact(() -> {
            model.open(new Diagram("dated", List.of(bucket, db), List.of()), null);
            model.select(List.of(id));
        });
    }

    private static List<String> lines(FxRobot robot) {
        VBox box = robot.lookup("#details-dated").queryAs(VBox.class);
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
