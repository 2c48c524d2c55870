package dev.demarc.model;

import java.util.Locale;
import java.util.Optional;

/** The protocol of a security-group inbound rule. {@link #ALL} covers every protocol and port. */
public enum Protocol {
    TCP, UDP, ALL;

    /** The spelling used in diagram files: {@code tcp}, {@code udp}, {@code all}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Protocol> fromFileName(String text) {
        for (Protocol p : values()) {
            if (p.fileName().equals(text)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
