package dev.demarc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.demarc.io.Seeds;
import java.util.List;
import java.util.Random;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Markdown escaping for any text at all, from seeded random strings (see {@link MarkdownEscapeTest}), judged
 * by a real CommonMark parser with GitHub's tables and strikethrough: in a heading and in a table cell, the
 * two places the report puts text from a file, the escaped text reads back as plain text (no emphasis, code,
 * link, image, HTML or strikethrough node) equal to the original.
 */
class MarkdownEscapeProperties {

    /** Characters that matter to Markdown and HTML, drawn often; any other code point is drawn too. */
    private static final String SYNTAX = "\\`*_[]#|!~<>&\n\r\t ()-+.:\"'=/";
    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(GFM).build();

    /** Whole constructs a renderer would act on, which single random characters rarely spell. */
    private static final List<String> CONSTRUCTS = List.of("&amp;", "&lt;", "&#35;", "&#x41;", "&copy;", "<b>",
            "<!-- c -->", "**b**", "_i_", "~~s~~", "~s~", "`c`", "[l](https://x.test)", "![i](j.png)", "<https://x>",
            " #", " ##", "\\", "\\*");

    /**
     * Up to 80 pieces: syntax characters, ASCII, any code point including surrogate pairs, and whole Markdown
     * or HTML constructs.
     */
    static String text(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(81);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(7)) {
                case 0, 1 -> out.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
                case 2, 3 -> out.append((char) (32 + random.nextInt(95)));
                case 4, 5 -> out.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
                default -> out.append(CONSTRUCTS.get(random.nextInt(CONSTRUCTS.size())));
            }
        }
        return out.toString();
    }

    @Test
    void escapedTextInAHeadingReadsAsThePlainOriginal() {
        Seeds.check(2000, seed -> {
            String text = text(new Random(seed));
            Node heading = PARSER.parse("# " + MarkdownReport.escape(text) + "\n").getFirstChild();
            assertInstanceOf(Heading.class, heading);
            assertNull(heading.getNext(), "the text stays in its heading");
            assertEquals(asRead(text), plainText(heading));
        });
    }

    @Test
    void escapedTextInATableCellReadsAsThePlainOriginal() {
        Seeds.check(2000, seed -> {
            String text = text(new Random(seed));
            Node table = PARSER.parse("| h |\n|---|\n| " + MarkdownReport.escape(text) + " |\n").getFirstChild();
            assertInstanceOf(TableBlock.class, table);
            Node body = table.getLastChild();
            assertInstanceOf(TableBody.class, body);
            Node row = body.getFirstChild();
            assertInstanceOf(TableRow.class, row);
            assertNull(row.getNext(), "one row");
            Node cell = row.getFirstChild();
            assertInstanceOf(TableCell.class, cell);
            assertNull(cell.getNext(), "one cell: no | of the text splits it");
            assertEquals(asRead(text), plainText(cell));
        });
    }

    /**
     * The text a reader should see: line breaks become spaces (the report keeps each text on its line), U+0000,
     * which CommonMark replaces for safety, becomes U+FFFD, and the spaces and tabs at either end go, as
     * headings and table cells trim them.
     */
    private static String asRead(String text) {
        return text.replace('\n', ' ').replace('\r', ' ').replace('\0', '\uFFFD').replaceAll("^[ \t]+|[ \t]+$", "");
    }

    /** The literal text of a block whose children must all be plain text. */
    private static String plainText(Node block) {
        StringBuilder out = new StringBuilder();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            Text text = assertInstanceOf(Text.class, child, "only plain text, no " + child);
            out.append(text.getLiteral());
        }
        return out.toString();
    }
}
