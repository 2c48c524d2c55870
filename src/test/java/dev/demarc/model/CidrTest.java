package dev.demarc.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CIDR blocks are parsed, not compared as text: every spelling of "all addresses" is anywhere. */
class CidrTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "::/0", "0::/0", "::0/0", "0:0:0:0:0:0:0:0/0",
        "0000:0000:0000:0000:0000:0000:0000:0000/0", "0:0::0/0", "::0.0.0.0/0", "::0:0/0",
        // Host bits are cleared by AWS, so any block of prefix length 0 is still every address.
        "10.0.0.0/0", "255.255.255.255/0", "2001:db8::/0", "FFFF::/0"})
    void everySpellingOfAllAddressesIsAnywhere(String text) {
        assertTrue(Cidr.isValid(text), text);
        assertTrue(Cidr.isAnywhere(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/1", "128.0.0.0/1", "::/1", "0.0.0.0/32", "::/128", "10.0.0.0/8",
        "::ffff:0.0.0.0/96", "2001:db8::/32", "203.0.113.7/32"})
    void aBlockWithAnyFixedBitIsNotAnywhere(String text) {
        assertTrue(Cidr.isValid(text), text);
        assertFalse(Cidr.isAnywhere(text), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1::2::3/64              | more than once",
        "12345::/64              | \"12345\"",
        "::12345/64              | \"12345\"",
        "g::/16                  | \"g\"",
        "1:2:3:4:5:6:7:8:9/64    | 9 groups",
        "1:2:3:4:5:6:7/64        | 7 groups",
        "1:2:3:4:5:6:7:8::/64    | 8 groups besides",
        ":1::/64                 | empty group",
        "1::2:/64                | empty group",
        ":::/0                   | more than once",
        "1.2.3.4::/64            | \"1.2.3.4\"",
        "::1.2.3/96              | four numbers",
        "::1.2.3.256/96          | \"256\"",
        "fe80::1%eth0/64         | \"1%eth0\"",
        "[::]/0                  | \"[\"",
        "::/129                  | 0 to 128",
        "10.0.0.0/33             | 0 to 32",
        "0.0.0.0/00              | \"00\"",
        "0.0.0.0/+0              | \"+0\"",
        "0.0.0.0/-0              | \"-0\"",
        "10.1/16                 | four numbers",
        "010.0.0.0/8             | \"010\"",
        "1.2.3.4.5/32            | four numbers",
        "256.0.0.0/8             | \"256\"",
        "0.0.0.0                 | no prefix length",
        "anywhere                | no prefix length",
        "0.0.0.0/0/0             | \"0/0\"",
        "\uff10::/0              | \"\uff10\"",
        "0.0.0.\u0661/32         | \"\u0661\""})
    void anInvalidBlockIsRefusedWithTheReason(String text, String reason) {
        assertFalse(Cidr.isValid(text), text);
        assertFalse(Cidr.isAnywhere(text), text);
        String problem = Cidr.problem(text).orElseThrow();
        assertTrue(problem.contains(reason), problem);
        assertEquals(problem, assertThrows(IllegalArgumentException.class, () -> Cidr.parse(text)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ::/0", "::/0 ", "0.0.0.0 /0"})
    void blanksAndSpacesAreNotPartOfABlock(String text) {
        assertFalse(Cidr.isValid(text), "[" + text + "]");
    }

    @Test
    void aBlockCoversTheBlocksInsideItOfItsOwnFamilyOnly() {
        assertTrue(Cidr.parse("10.0.0.0/16").covers(Cidr.parse("10.0.1.0/24")));
        assertTrue(Cidr.parse("10.0.1.0/24").covers(Cidr.parse("10.0.1.0/24")));
        assertTrue(Cidr.parse("10.0.1.7/24").covers(Cidr.parse("10.0.1.0/24")), "host bits are ignored");
        assertFalse(Cidr.parse("10.0.1.0/24").covers(Cidr.parse("10.0.0.0/16")), "a narrower block");
        assertFalse(Cidr.parse("10.0.2.0/24").covers(Cidr.parse("10.0.1.0/24")));
        assertFalse(Cidr.parse("10.0.0.0/23").covers(Cidr.parse("10.0.2.0/24")), "differs in the 23rd bit");
        assertTrue(Cidr.parse("0.0.0.0/0").covers(Cidr.parse("192.168.0.0/16")));
        assertFalse(Cidr.parse("::/0").covers(Cidr.parse("10.0.0.0/8")), "IPv6 never covers IPv4");
        assertTrue(Cidr.parse("2001:db8::/32").covers(Cidr.parse("2001:db8:1::/48")));
    }

    @Test
    void nullIsNotABlock() {
        assertFalse(Cidr.isValid(null));
        assertFalse(Cidr.isAnywhere(null));
    }

    @Test
    void theAddressPartBecomesItsBytes() {
        Cidr v6 = Cidr.parse("2001:DB8::ff00:42:8329/64");
        assertEquals(Cidr.Family.IPV6, v6.family());
        assertEquals(64, v6.prefixLength());
        assertArrayEquals(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, (byte) 0xff, 0, 0, 0x42,
            (byte) 0x83, 0x29}, v6.address());
        Cidr mapped = Cidr.parse("::ffff:192.0.2.128/128");
        assertEquals(Cidr.Family.IPV6, mapped.family(), "an IPv4-mapped address stays IPv6");
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, (byte) 192, 0, 2,
            (byte) 128}, mapped.address());
        Cidr v4 = Cidr.parse("203.0.113.7/32");
        assertEquals(Cidr.Family.IPV4, v4.family());
        assertArrayEquals(new byte[] {(byte) 203, 0, 113, 7}, v4.address());
    }
}
