package dev.demarc.cli;

/** What a command's options need when one is given without its value, e.g. {@code --scale} at the very end. */
interface MissingValues {

    /** The words after "{@code OPTION needs}", e.g. "a value: 1, 2 or 3" for {@code --scale}. */
    String needs(String option);
}
