package dev.demarc.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.PomVersion;
import org.junit.jupiter.api.Test;

/** The version Demarc shows is the one the pom declares, filled in by the build and read at run time. */
class BuildVersionTest {

    @Test
    void theRunningVersionIsThePomsVersion() throws Exception {
        assertEquals(PomVersion.read(), BuildVersion.current());
    }

    @Test
    void anUnfilteredOrEmptyValueIsUnknownRatherThanShownAsTyped() {
        assertEquals("unknown", BuildVersion.usable("${project.version}"));
        assertEquals("unknown", BuildVersion.usable(" "));
        assertEquals("unknown", BuildVersion.usable(null));
        assertEquals("2.3.1-SNAPSHOT", BuildVersion.usable("2.3.1-SNAPSHOT "));
    }
}
