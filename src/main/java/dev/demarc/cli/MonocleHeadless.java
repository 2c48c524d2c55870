package dev.demarc.cli;

/**
 * Monocle, the OpenJFX port that draws into memory, with its headless screen and Prism's software renderer.
 * It is named by system properties rather than by class, so the command line never loads a JavaFX class,
 * and found by its platform factory's class file, so that looking for it loads nothing either.
 */
final class MonocleHeadless implements HeadlessPlatform {

    /** The class JavaFX loads when {@code glass.platform} is {@code Monocle}. */
    static final String FACTORY = "com/sun/glass/ui/monocle/MonoclePlatformFactory.class";

    @Override
    public boolean available() {
        return MonocleHeadless.class.getClassLoader().getResource(FACTORY) != null;
    }

    @Override
    public void select() {
        // A value the user set on the command line (-Dprism.order=...) is theirs to keep.
        setUnlessGiven("glass.platform", "Monocle");
        setUnlessGiven("monocle.platform", "Headless");
        setUnlessGiven("prism.order", "sw");
    }

    private static void setUnlessGiven(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
