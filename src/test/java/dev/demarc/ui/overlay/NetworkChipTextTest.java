package dev.demarc.ui.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.demarc.analysis.NetworkExposure;
import org.junit.jupiter.api.Test;

/** A private subnet's chip names its NAT gateway, cut short so the chip fits the subnet. */
class NetworkChipTextTest {

    @Test
    void aShortGatewayNameStandsWhole() {
        assertEquals("Private: outbound only, through NAT gateway 'NAT'",
                NetworkChip.shortText(NetworkExposure.PRIVATE_WITH_NAT, "NAT"));
    }

    @Test
    void aLongGatewayNameIsCutToTwelveCharactersWithAnEllipsis() {
        String text = NetworkChip.shortText(NetworkExposure.PRIVATE_WITH_NAT, "Egress gateway for zone A");
        String name = text.substring(text.indexOf('\'') + 1, text.lastIndexOf('\''));

        assertEquals(12, name.length(), name);
        assertEquals("Egress gate\u2026", name);
    }
}
