package dev.demarc.catalog;

/** The kinds of work the customer owns; also the categories of findings. */
public enum Duty {
    PATCH("Patch"),
    ENCRYPT("Encrypt"),
    EXPOSE("Expose"),
    GRANT_ACCESS("Grant access"),
    BACKUP("Back up"),
    MONITOR("Monitor"),
    CONFIGURE("Configure");

    private final String displayName;

    Duty(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
