package dev.demarc.ui.overlay;

import dev.demarc.analysis.NetworkExposure;
import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Owner;
import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * What a VPC or subnet contributes while the overlay is on, in its title bar: a swatch for the owner of its
 * network configuration (the customer's, as the catalog has it) and a short statement of the exposure it creates
 * ("Public: route to the
 * internet gateway"), outlined in the warning colour with the Expose icon when it opens a way in. A
 * container has no room for a fourteen-band stack; its stack is in the details panel. Drawn in model units
 * with its top-left corner at (0, 0).
 */
final class NetworkChip extends Group {

    static final double HEIGHT = 22;
    /** The most characters of a NAT gateway's label the chip shows. */
    static final int GATEWAY_CHARS = 12;

    private NetworkExposure shown;
    private Owner shownOwner;
    private String shownGateway;

    NetworkChip(String componentId) {
        setId("network-" + componentId);
        getStyleClass().add("network-chip");
        setAccessibleRole(AccessibleRole.TEXT);
        setMouseTransparent(true);
    }

    /**
     * Redraws when the exposure, the owner or the NAT gateway changed; returns the chip's width.
     * {@code networkOwner} is who owns the container's network-configuration layer, as the analysis says;
     * {@code gateway} names the NAT gateway a private subnet goes out through, or is empty.
     */
    double update(String title, NetworkExposure exposure, Owner networkOwner, String gateway) {
        setAccessibleText(title + ": network configuration owned by " + networkOwner.displayName() + ". "
                + exposure.description() + (gateway.isEmpty() ? "" : " (" + gateway + ")") + ".");
        if (exposure == shown && networkOwner == shownOwner && gateway.equals(shownGateway)) {
            return width();
        }
        shown = exposure;
        shownOwner = networkOwner;
        shownGateway = gateway;
        getChildren().clear();
        Rectangle owner = new Rectangle(0, 0, HEIGHT, HEIGHT);
        owner.setFill(OwnerStyle.fill(networkOwner));
        owner.setStroke(Color.gray(0.25));
        Text letter = text(OwnerStyle.letter(networkOwner), 12);
        letter.setFill(OwnerStyle.letterColor(networkOwner));
        letter.setX((HEIGHT - letter.getLayoutBounds().getWidth()) / 2 - letter.getLayoutBounds().getMinX());
        letter.setY((HEIGHT - letter.getLayoutBounds().getHeight()) / 2 - letter.getLayoutBounds().getMinY());
        double x = HEIGHT + 5;
        Node icon = null;
        if (exposure.open()) {
            icon = DutyIcon.of(Duty.EXPOSE);
            icon.setLayoutX(x);
            icon.setLayoutY((HEIGHT - DutyIcon.SIZE) / 2);
            x += DutyIcon.SIZE + 4;
        }
        Text words = text(shortText(exposure, gateway), 11);
        words.setX(x - words.getLayoutBounds().getMinX());
        words.setY((HEIGHT - words.getLayoutBounds().getHeight()) / 2 - words.getLayoutBounds().getMinY());
        double width = x + words.getLayoutBounds().getWidth() + 8;
        Rectangle pill = new Rectangle(0, 0, width, HEIGHT);
        pill.setArcWidth(8);
        pill.setArcHeight(8);
        pill.setFill(exposure.open() ? Color.web("#FFF0E6") : Color.web("#F4F4F4"));
        pill.setStroke(exposure.open() ? ExposurePathView.PATH : Color.gray(0.45));
        pill.setStrokeWidth(exposure.open() ? 2 : 1);
        pill.getStyleClass().addAll("network-chip-pill", exposure.open() ? "network-open" : "network-closed");
        getChildren().addAll(pill, owner, letter);
        if (icon != null) {
            getChildren().add(icon);
        }
        getChildren().add(words);
        return width;
    }

    double width() {
        return getChildren().isEmpty() ? 0 : ((Rectangle) getChildren().get(0)).getWidth();
    }

    NetworkExposure shown() {
        return shown;
    }

    /** The chip's words; a NAT gateway's label is cut to {@link #GATEWAY_CHARS} so the chip fits its subnet. */
    static String shortText(NetworkExposure exposure, String gateway) {
        return switch (exposure) {
            case PRIVATE_WITH_NAT -> "Private: outbound only, through NAT gateway '" + shortened(gateway) + "'";
            case VPC_WITH_GATEWAY -> "Internet gateway attached";
            case VPC_WITHOUT_GATEWAY -> "No internet gateway";
            case PUBLIC_SUBNET -> "Public: route to internet gateway";
            case PUBLIC_WITHOUT_GATEWAY -> "Public, but no gateway";
            case PRIVATE_SUBNET -> "Private: no internet route";
        };
    }

    private static String shortened(String label) {
        return label.length() <= GATEWAY_CHARS ? label : label.substring(0, GATEWAY_CHARS - 1) + "\u2026";
    }

    private static Text text(String s, double size) {
        Text t = new Text(s);
        t.setFont(Font.font("System", FontWeight.BOLD, size));
        t.setBoundsType(TextBoundsType.VISUAL);
        t.setFill(Color.web("#1A1A1A"));
        return t;
    }
}
