package dev.demarc.catalog;

/** A cited AWS document: its short tag (as in the domain reference) and its address. */
public record Source(String tag, String url) {
}
