package dev.demarc.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An export in the background ends once: cancelled, failed or committed, whichever comes first. */
class ExportJobTest {

    @Test
    void aCancelBeforeTheCommitWinsAndTheFileIsNotMovedIntoPlace() {
        ExportJob job = new ExportJob();
        assertTrue(job.cancel());
        assertFalse(job.commit());
        assertFalse(job.isRunning());
        assertNull(job.failure(), "cancelled, not failed");
    }

    @Test
    void aCancelAfterTheCommitComesTooLate() {
        ExportJob job = new ExportJob();
        assertTrue(job.commit());
        assertFalse(job.cancel());
        job.fail("disk full");
        assertNull(job.failure(), "a failure after the commit is reported by the writing itself");
    }

    @Test
    void theFirstFailureIsTheOneTold() {
        ExportJob job = new ExportJob();
        job.fail("out of memory");
        job.fail("interrupted");
        assertEquals("out of memory", job.failure());
        assertFalse(job.commit());
        assertFalse(job.cancel());
    }
}
