package dev.demarc.catalog;

/**
 * A cited AWS document: its short tag (as in the domain reference), its address, and the title it is shown
 * by, so a student reads "What is Amazon RDS?" rather than "RDS-WEL".
 */
public record Source(String tag, String url, String title) {

    /** A source without a title of its own, shown by its tag. */
    public Source(String tag, String url) {
        this(tag, url, tag);
    }
}
