package dev.demarc.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.quiz.CatalogFiles;
import java.util.ArrayList;
import java.util.Locale;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Compare with RDS beside DynamoDB, both chosen from the column's type list as a teacher would: the line sits
 * higher on DynamoDB, whose engine layer is AWS's alone, and every band has the owner of the catalog file.
 */
class CompareManagedDataTest extends EditorTestBase {

    @AfterEach
    void closeTeachingWindows() {
        interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void fromRdsToDynamoDbTheLineClimbsAndTheEngineBandBecomesAws() throws Exception {
        clickOn("View").clickOn("Compare Services...");
        WaitForAsyncUtils.waitForFxEvents();
        CompareSteps.chooseLesson(this, "EC2, RDS, S3, CloudFront");
        choose(0, "RDS");
        choose(1, "DynamoDB");

        CompareSteps.awaitLineOn(this, 0, CatalogFiles.highestAws("RDS"));
        CompareSteps.awaitLineOn(this, 1, CatalogFiles.highestAws("DYNAMODB"));
        double rds = CompareSteps.lineY(this, 0);
        double dynamo = CompareSteps.lineY(this, 1);
        assertTrue(dynamo < rds - 10, "AWS's part reaches higher on DynamoDB (" + dynamo + ") than on RDS (" + rds
                + ")");
        assertTrue(CompareSteps.bandStyle(this, 0, "runtime").contains("owner-shared"),
                "RDS: the engine's version and window are yours");
        assertTrue(CompareSteps.bandStyle(this, 1, "runtime").contains("owner-aws"),
                "DynamoDB: no engine for the customer");
        CatalogFiles.owners("DYNAMODB").forEach((layer, owner) -> assertTrue(CompareSteps.bandStyle(this, 1, layer)
                .contains("owner-" + owner.toLowerCase(Locale.ROOT)), "DynamoDB " + layer + " is drawn as " + owner));
    }

    /** Picks {@code shortName} in column {@code column}'s type list. */
    private void choose(int column, String shortName) {
        clickOn("#compare-type-" + column);
        CompareSteps.pickFromOpenList(this, shortName);
    }
}
