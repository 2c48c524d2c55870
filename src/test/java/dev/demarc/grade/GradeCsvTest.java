package dev.demarc.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.io.Problem;
import dev.demarc.spreadsheet.Csv;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV's own rules: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class GradeCsvTest {

    @Test
    void cellsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain.json", Csv.cell("plain.json"));
        assertEquals("\"a, b.json\"", Csv.cell("a, b.json"));
        assertEquals("\"say \"\"hi\"\".json\"", Csv.cell("say \"hi\".json"));
        assertEquals("\"one\ntwo\"", Csv.cell("one\ntwo"));
    }

    @Test
    void cellsThatLookLikeFormulasGetAnApostrophe() {
        assertEquals("'=HYPERLINK(1).json", Csv.cell("=HYPERLINK(1).json"));
        assertEquals("'+1.json", Csv.cell("+1.json"));
        assertEquals("'-1.json", Csv.cell("-1.json"));
        assertEquals("'@sum.json", Csv.cell("@sum.json"));
        assertEquals("\"'=1,2\"", Csv.cell("=1,2"));
    }

    @Test
    void rowsEndInCrLfAndAnErrorRowHasNoScore() {
        String csv = GradeCsv.render(List.of(
                GradedFile.graded("a.json", new Marking(100, List.of(new Difference(Difference.Kind.ABSENT, 5,
                        "EC2: 1, 2", ""), new Difference(Difference.Kind.MISSING, 10, "RDS", "Add 1 RDS.")))),
                GradedFile.failed("b.json", Problem.at("Not valid JSON", 3, 7))));
        assertEquals("file,score,difference_count,differences,error\r\n"
                + "a.json,85,2,\"absent (-5): EC2: 1, 2\nmissing (-10): RDS Fix: Add 1 RDS.\",\r\n"
                + "b.json,,,,\"b.json: Not valid JSON (line 3, column 7)\"\r\n", csv);
    }
}
