package dev.demarc.cli;

/**
 * A JavaFX platform that needs no display, for {@code demarc render} on a server or in CI. The command line
 * only asks whether one is there and selects it; JavaFX starts on it later, in the drawing code.
 */
public interface HeadlessPlatform {

    /** Whether the platform can be used by this program. */
    boolean available();

    /** Makes JavaFX start on this platform; call before the toolkit starts, which reads it once. */
    void select();

    /** Monocle's headless screen with the software renderer, the platform the tests run on (ADR 0008). */
    static HeadlessPlatform monocle() {
        return new MonocleHeadless();
    }
}
