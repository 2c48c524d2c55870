package dev.demarc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.io.Seeds;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Markdown escaping for any text at all, from seeded random strings (see {@link MarkdownEscapeTest}). */
class MarkdownEscapeProperties {

    /** Characters that matter to Markdown and HTML, drawn often; any other code point is drawn too. */
    private static final String SYNTAX = "\\`*_[]#|!~<>&\n\r\t ()-+.:\"'=/";

    /** Up to 80 characters: syntax characters, ASCII, and any code point including surrogate pairs. */
    static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(81);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(3)) {
                case 0 -> out.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                case 1 -> out.append((char) (32 + random.nextInt(95)));
                default -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
            }
        }
        return out.toString();
    }

    /** Every character Markdown or HTML could interpret is escaped, and nothing else is lost. */
    @Test
    void escapedTextHasNoActiveSyntaxAndReadsBackAsTheOriginal() {
        Seeds.check(2000, seed -> {
            String text = text(new Random(seed));
            String escaped = MarkdownReport.escape(text);
            assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\n")
                    || escaped.contains("\r"), escaped);
            assertEquals(text.replace('\n', ' ').replace('\r', ' '), unescape(escaped));
        });
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
