package dev.demarc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ComponentType} and {@link PropertyValue.Text} write equals and hashCode by hand (for start-up time); they
 * must still behave as a record's would: equal when the one field is equal, and usable as keys.
 */
class HandWrittenEqualityTest {

    @Test
    void typesWithTheSameIdAreEqualAndHashAlike() {
        ComponentType made = new ComponentType("EC2");
        assertEquals(ComponentType.EC2, made);
        assertEquals(ComponentType.EC2.hashCode(), made.hashCode());
        assertNotEquals(ComponentType.EC2, ComponentType.S3);
        assertNotEquals(ComponentType.EC2, "EC2");
        assertFalse(ComponentType.EC2.equals(null));
    }

    @Test
    void aTypeFindsItsEntryInAMap() {
        Map<ComponentType, String> names = new HashMap<>();
        names.put(ComponentType.RDS, "database");
        assertEquals("database", names.get(new ComponentType("RDS")));
        assertNull(names.get(new ComponentType("RDS_PROXY")));
    }

    @Test
    void textsWithTheSameValueAreEqualAndHashAlike() {
        PropertyValue.Text a = new PropertyValue.Text("SSE-KMS");
        PropertyValue.Text b = new PropertyValue.Text("SSE-KMS");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new PropertyValue.Text("SSE-S3"));
        assertNotEquals(new PropertyValue.Text("true"), new PropertyValue.Bool(true));
        assertFalse(a.equals(null));
    }

    @Test
    void aSetHoldsEachTextOnce() {
        Set<PropertyValue> values = new HashSet<>();
        values.add(new PropertyValue.Text("a"));
        values.add(new PropertyValue.Text("a"));
        values.add(new PropertyValue.Text("b"));
        assertEquals(2, values.size());
        assertTrue(values.contains(new PropertyValue.Text("b")));
    }
}
