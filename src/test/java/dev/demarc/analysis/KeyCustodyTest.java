package dev.demarc.analysis;

import static dev.demarc.analysis.FindingAsserts.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.catalog.Duty;
import dev.demarc.catalog.Layer;
import dev.demarc.catalog.Owner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R15 on the stack: the Encryption layer of a resource says who controls the customer managed key drawn on it. */
class KeyCustodyTest {

    private static LayerAssessment encryption(DiagramBuilder d, String id) {
        return analyze(d).components().stream().filter(c -> c.component().id().equals(id)).findFirst()
                .orElseThrow().layer(Layer.ENCRYPTION);
    }

    private static DiagramBuilder tableWithKey(String keyType) {
        DiagramBuilder d = new DiagramBuilder();
        Fixtures.hardenedKey(d, "key").label("Orders key").set("keyType", keyType);
        Fixtures.hardenedTable(d, "orders").label("Orders table").set("keyType", keyType);
        d.connect("key", "orders");
        return d;
    }

    @Test
    void aCustomerManagedKeyNamesItselfAndItsDutiesOnTheEncryptionLayer() {
        LayerAssessment layer = encryption(tableWithKey("customer-managed"), "orders");

        assertTrue(layer.why().startsWith("Customer managed key 'Orders key': you own its key policy"), layer.why());
        assertEquals(Owner.SHARED, layer.owner());
        assertEquals(List.of(Duty.ENCRYPT, Duty.GRANT_ACCESS), layer.duties());
        assertTrue(layer.sources().stream().anyMatch(s -> s.tag().equals("KMS-ROT")));
    }

    @Test
    void anAwsManagedKeyLeavesTheLayerAsTheTableHasIt() {
        DiagramBuilder withKey = tableWithKey("aws-managed");
        DiagramBuilder without = tableWithKey("aws-managed");
        without.disconnectAll();

        assertEquals(encryption(without, "orders"), encryption(withKey, "orders"));
        assertTrue(!encryption(withKey, "orders").why().contains("Orders key"));
    }

    @Test
    void theKeysOwnStackIsNotRewritten() {
        LayerAssessment layer = encryption(tableWithKey("customer-managed"), "key");

        assertTrue(!layer.why().startsWith("Customer managed key"), layer.why());
    }
}
