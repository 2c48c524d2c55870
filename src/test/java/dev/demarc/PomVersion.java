package dev.demarc;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;

/**
 * The version typed in {@code pom.xml}, read from the file itself: what the version Demarc shows at run time
 * must equal, found without the resource filtering it is read through.
 */
public final class PomVersion {

    private PomVersion() {
    }

    public static String read() throws Exception {
        Path pom = Path.of(System.getProperty("demarc.samples", "samples")).toAbsolutePath().getParent()
                .resolve("pom.xml");
        var document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        String version = XPathFactory.newInstance().newXPath().evaluate("/project/version", document).trim();
        if (version.isEmpty()) {
            throw new IllegalStateException(pom + " has no <version> of its own");
        }
        return version;
    }
}
