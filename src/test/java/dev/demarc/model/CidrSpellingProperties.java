package dev.demarc.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.demarc.io.Seeds;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random IPv6 addresses written in random legal spellings (leading zeros or not, upper or lower case, one run
 * of zero groups shortened to "::", a dotted-quad tail) parse to the bytes they were made from, agree with the
 * JDK's literal parser, and are anywhere exactly when the prefix length is 0. Breaking the spelling (a second
 * "::", a fifth hex digit) is always refused.
 */
class CidrSpellingProperties {

    private static final int TRIES = 2000;

    @Test
    void everyLegalSpellingMeansTheAddressItWasMadeFrom() {
        Seeds.check(TRIES, seed -> {
            Random random = new Random(seed);
            int[] groups = groups(random);
            String literal = spell(groups, random);
            int prefix = random.nextInt(3) == 0 ? 0 : random.nextInt(129);
            String text = literal + "/" + prefix;
            String where = text;

            assertTrue(Cidr.isValid(text), where + " " + Cidr.problem(text));
            Cidr cidr = Cidr.parse(text);
            assertArrayEquals(bytes(groups), cidr.address(), where);
            assertEquals(prefix == 0, Cidr.isAnywhere(text), where);
            // The JDK as a second opinion; safe because the text is a literal (checked above), so no lookup.
            InetAddress jdk = InetAddress.getByName(literal);
            if (jdk instanceof Inet6Address) {
                assertArrayEquals(jdk.getAddress(), cidr.address(), where);
            }
        });
    }

    @Test
    void aBrokenSpellingIsAlwaysRefused() {
        Seeds.check(TRIES, seed -> {
            Random random = new Random(seed);
            String literal = spell(groups(random), random);
            String twoGaps = literal.contains("::") ? literal.replaceFirst("::", "::1::")
                    : literal.replaceFirst(":", "::1::");
            assertFalse(Cidr.isValid(twoGaps + "/0"), twoGaps);
            String[] full = new String[8];
            int[] groups = groups(random);
            for (int i = 0; i < 8; i++) {
                full[i] = String.format("%04x", groups[i]);
            }
            full[random.nextInt(8)] += "0";
            String fiveDigits = String.join(":", full);
            assertFalse(Cidr.isValid(fiveDigits + "/0"), fiveDigits);
        });
    }

    /** Eight groups, often zero so that runs of zeros (and the all-zero address) come up. */
    private static int[] groups(Random random) {
        int[] groups = new int[8];
        boolean allZero = random.nextInt(4) == 0;
        for (int i = 0; i < 8; i++) {
            groups[i] = allZero || random.nextBoolean() ? 0 : random.nextInt(0x10000);
        }
        return groups;
    }

    private static String spell(int[] groups, Random random) {
        boolean quadTail = random.nextInt(5) == 0;
        int hexGroups = quadTail ? 6 : 8;
        String[] parts = new String[hexGroups];
        for (int i = 0; i < hexGroups; i++) {
            String hex = Integer.toHexString(groups[i]);
            if (random.nextInt(3) == 0) {
                int width = hex.length() + random.nextInt(5 - hex.length());
                hex = "0".repeat(width - hex.length()) + hex;
            }
            parts[i] = random.nextBoolean() ? hex.toUpperCase(Locale.ROOT) : hex;
        }
        // Shorten one run of zero groups (any run, not only the longest: all are legal) with "::".
        int start = -1;
        int length = 0;
        if (random.nextInt(4) > 0) {
            for (int i = 0; i < hexGroups; i++) {
                if (groups[i] == 0 && random.nextBoolean()) {
                    start = i;
                    length = 1;
                    while (start + length < hexGroups && groups[start + length] == 0 && random.nextInt(4) > 0) {
                        length++;
                    }
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hexGroups; i++) {
            if (i == start) {
                out.append("::");
                i += length - 1;
                continue;
            }
            if (out.length() > 0 && !out.toString().endsWith("::")) {
                out.append(':');
            }
            out.append(parts[i]);
        }
        if (quadTail) {
            if (out.length() > 0 && !out.toString().endsWith("::")) {
                out.append(':');
            }
            out.append(groups[6] >>> 8).append('.').append(groups[6] & 0xff).append('.')
                    .append(groups[7] >>> 8).append('.').append(groups[7] & 0xff);
        }
        return out.toString();
    }

    private static byte[] bytes(int[] groups) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[2 * i] = (byte) (groups[i] >>> 8);
            bytes[2 * i + 1] = (byte) groups[i];
        }
        return bytes;
    }
}
