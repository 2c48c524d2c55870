package dev.demarc.ui.overlay;

import dev.demarc.catalog.Owner;
import java.util.Locale;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;

/**
 * How each owner looks in the overlay and its legend. The colours are from the Okabe-Ito palette, which
 * stays distinct under the common colour-vision deficiencies; and every owner has a second cue that is not
 * colour: a letter, and for shared layers diagonal stripes. Public because the details panel
 * ({@code ui.details}) draws its owner chips the same way, so the panel and the canvas read alike.
 */
public final class OwnerStyle {

    static final Color AWS_BLUE = Color.web("#0072B2");
    static final Color CUSTOMER_ORANGE = Color.web("#E69F00");
    static final Color SHARED_GREEN = Color.web("#009E73");
    static final Color NONE_GREY = Color.web("#DADADA");

    private static Paint sharedPattern;

    private OwnerStyle() {
    }

    public static Paint fill(Owner owner) {
        return switch (owner) {
            case AWS -> AWS_BLUE;
            case CUSTOMER -> CUSTOMER_ORANGE;
            case SHARED -> sharedPattern();
            case NONE -> NONE_GREY;
        };
    }

    /** The owner as a sentence names it to the student: "AWS", "You", "Shared", "Not applicable". */
    public static String plainName(Owner owner) {
        return switch (owner) {
            case AWS -> "AWS";
            case CUSTOMER -> "You";
            case SHARED -> "Shared";
            case NONE -> "Not applicable";
        };
    }

    /** The letter printed on a run of bands: a cue that survives greyscale and colour blindness. */
    public static String letter(Owner owner) {
        return switch (owner) {
            case AWS -> "A";
            case CUSTOMER -> "C";
            case SHARED -> "S";
            case NONE -> "\u2013";
        };
    }

    /** The owner's name on a swatch or a choice: "AWS", "Customer", "Shared", "n/a". */
    public static String shortName(Owner owner) {
        return owner == Owner.NONE ? "n/a" : owner.displayName();
    }

    /** The colour of the letter: white on the dark blue, black on the lighter fills. */
    public static Color letterColor(Owner owner) {
        return owner == Owner.AWS ? Color.WHITE : Color.BLACK;
    }

    /** The style class each band carries, e.g. {@code owner-customer}; tests and themes select on it. */
    public static String styleClass(Owner owner) {
        return "owner-" + owner.name().toLowerCase(Locale.ROOT);
    }

    /** Green with lighter diagonal stripes, so "shared" differs from the solid fills by pattern too. */
    private static Paint sharedPattern() {
        if (sharedPattern == null) {
            int size = 8;
            WritableImage tile = new WritableImage(size, size);
            PixelWriter w = tile.getPixelWriter();
            Color stripe = Color.web("#7FD3BC");
            for (int x = 0; x < size; x++) {
                for (int y = 0; y < size; y++) {
                    w.setColor(x, y, (x + y) % size < 3 ? stripe : SHARED_GREEN);
                }
            }
            sharedPattern = new ImagePattern(tile, 0, 0, size, size, false);
        }
        return sharedPattern;
    }
}
