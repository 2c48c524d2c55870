package dev.demarc.spreadsheet;

/** Writing CSV files that teachers open in a spreadsheet: RFC 4180 quoting, and no formula injection. */
public final class Csv {

    private Csv() {
    }

    /**
     * One cell: quoted when it holds a comma, quote or line break; text starting with a character a spreadsheet
     * reads as a formula ({@code = + - @}, tab, carriage return) gets a leading apostrophe, because file names and
     * names come from students.
     */
    public static String cell(String value) {
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
