/**
 * Demarc as a module of the installed app's runtime, so that the runtime's class-data sharing archive holds
 * Demarc's classes as it holds the libraries' (ADR 11, second amendment). Only the package build uses this
 * file: it compiles every source against it once, as a check that the module reads each library the code
 * uses, and adds the compiled descriptor to a copy of the tested {@code demarc.jar}. Tests, {@code javafx:run}
 * and {@code java -jar} keep running Demarc from the class path (ADR 1).
 *
 * <p>Open, because Jackson binds the file format's records and picocli fills the commands' fields by
 * reflection. {@code dev.demarc} is exported so that the runtime resolves the module by default: the launchers
 * then start {@link dev.demarc.Main} in class-path mode, where the archive's module graph is used (and where
 * Java 17 does not crash on archived classes of modules that {@code -m} would leave unresolved).
 */
open module dev.demarc {
    requires atlantafx.base;
    requires com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires info.picocli;
    requires java.logging;
    requires java.prefs;
    requires java.xml;
    requires javafx.base;
    requires javafx.controls;
    requires javafx.graphics;
    requires org.controlsfx.controls;

    exports dev.demarc;
}
