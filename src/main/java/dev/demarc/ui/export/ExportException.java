package dev.demarc.ui.export;

/** A picture that cannot be made, with a message for the user saying why and what to do instead. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
