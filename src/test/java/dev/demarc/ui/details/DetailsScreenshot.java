package dev.demarc.ui.details;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.demarc.analysis.Analyzer;
import dev.demarc.catalog.Catalog;
import dev.demarc.io.DiagramReader;
import dev.demarc.ui.DemarcApp;
import dev.demarc.ui.editor.EditorModel;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Renders the details panel for a component of a sample, in Primer light and dark, to PNG files, to look at
 * its layout as the main window will show it: a tab beside the inspector, 440 pixels wide. Not a unit test:
 * run it headless with
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=dev.demarc.ui.details.DetailsScreenshot
 * -Dbench.args="samples/insecure-teaching-example.json db /tmp/details"}; it writes {@code /tmp/details.png}
 * (the tab as shown, 440 x 800), {@code /tmp/details-full.png} (all its content) and {@code -dark} twins.
 */
public final class DetailsScreenshot {

    private DetailsScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Path sample = Path.of(args[0]);
        String selected = args[1];
        String out = args[2];
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Catalog catalog = Catalog.builtIn();
        var diagram = new DiagramReader(catalog).read(sample).diagram();
        for (boolean dark : new boolean[] {false, true}) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                            : new PrimerLight().getUserAgentStylesheet());
                    EditorModel model = new EditorModel(catalog, new Analyzer(catalog));
                    model.open(diagram, sample);
                    model.select(List.of(selected));
                    DetailsView view = new DetailsView(model, url -> { });
                    // As the main window will hold it: a tab beside the inspector, under the window's font size.
                    Tab tab = new Tab("Responsibility", view);
                    TabPane tabs = new TabPane(new Tab("Inspector"), tab);
                    tabs.getSelectionModel().select(tab);
                    tabs.getStyleClass().add("main-window");
                    Scene scene = new Scene(tabs, 440, 800);
                    scene.getStylesheets().add(DemarcApp.class.getResource("demarc.css").toExternalForm());
                    Stage stage = new Stage();
                    stage.setScene(scene);
                    stage.show();
                    view.applyCss();
                    view.layout();
                    String suffix = dark ? "-dark" : "";
                    write(tabs.snapshot(null, null), out + suffix + ".png");
                    write(view.getContent().snapshot(null, null), out + suffix + "-full.png");
                    stage.hide();
                    done.complete(null);
                } catch (Exception e) {
                    done.completeExceptionally(e);
                }
            });
            done.get(120, TimeUnit.SECONDS);
        }
        Platform.exit();
    }

    private static void write(WritableImage image, String file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", new File(file));
    }
}
