package dev.demarc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Markdown escaping for any text at all, from jqwik's random strings (see {@link MarkdownEscapeTest}). */
class MarkdownEscapeProperties {

    /** Every character Markdown or HTML could interpret is escaped, and nothing else is lost. */
    @Property(tries = 2000)
    void escapedTextHasNoActiveSyntaxAndReadsBackAsTheOriginal(@ForAll String text) {
        String escaped = MarkdownReport.escape(text);
        assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\n")
                || escaped.contains("\r"), escaped);
        assertEquals(text.replace('\n', ' ').replace('\r', ' '), unescape(escaped));
    }

    /** The reading a Markdown renderer gives: backslash escapes and the three entities undone. */
    private static String unescape(String escaped) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char ch = escaped.charAt(i);
            if (ch == '\\') {
                char next = escaped.charAt(++i);
                assertTrue("\\`*_[]#|!~".indexOf(next) >= 0, "only syntax characters are escaped: " + next);
                out.append(next);
            } else if (ch == '&') {
                String rest = escaped.substring(i);
                String entity = rest.startsWith("&lt;") ? "&lt;" : rest.startsWith("&gt;") ? "&gt;" : "&amp;";
                assertTrue(rest.startsWith(entity), "a bare & is always an entity: " + escaped);
                out.append(entity.equals("&lt;") ? '<' : entity.equals("&gt;") ? '>' : '&');
                i += entity.length() - 1;
            } else {
                assertTrue("`*_[]#|!~".indexOf(ch) < 0, "unescaped " + ch + " in " + escaped);
                out.append(ch);
            }
        }
        return out.toString();
    }
}
