package dev.demarc.edit;

/** An edit that cannot be made, with a message to show the user (for example "a VPC cannot go inside a subnet"). */
public class EditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EditException(String message) {
        super(message);
    }
}
