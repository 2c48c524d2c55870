package dev.demarc.catalog;

/** The catalog data is missing or inconsistent. This is a defect in Demarc's resources, not in a user's file. */
public class CatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
