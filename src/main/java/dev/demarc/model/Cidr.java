package dev.demarc.model;

import java.util.Optional;

/**
 * A CIDR block as written in a diagram file, parsed for real: the address part becomes its bytes and the
 * prefix length its number, so that every spelling of a block means the same block. Whether a security
 * group admits the whole internet then follows from the prefix length, not from how the text is spelled:
 * {@code ::/0}, {@code 0::/0}, {@code ::0/0} and {@code 0:0:0:0:0:0:0:0/0} are one block.
 *
 * <p>Only literals are accepted, and they are parsed here rather than by {@code InetAddress}: its
 * {@code getByName} resolves anything that is not a literal through DNS, accepts IPv4 shorthands such as
 * {@code 10.1} and zone ids such as {@code fe80::1%eth0}, and turns {@code ::ffff:a.b.c.d} into an IPv4
 * address. The grammar is RFC 4291 section 2.2 (hex groups, one {@code ::}, an optional dotted-quad tail)
 * and dotted-quad IPv4 without leading zeros.
 *
 * <p>Host bits may be set ({@code 10.0.0.7/0}): AWS accepts such a block and stores it with the host bits
 * cleared (see the note in the EC2 API reference, SecurityGroupRuleRequest), so it is the same network.
 */
public final class Cidr {

    /** The address family, with its address length in bits. */
    public enum Family {
        IPV4(32), IPV6(128);

        private final int bits;

        Family(int bits) {
            this.bits = bits;
        }

        public int bits() {
            return bits;
        }
    }

    private static final int IPV6_GROUPS = 8;

    private final Family family;
    private final byte[] address;
    private final int prefixLength;

    private Cidr(Family family, byte[] address, int prefixLength) {
        this.family = family;
        this.address = address;
        this.prefixLength = prefixLength;
    }

    /** The block {@code text} stands for, or throws {@link IllegalArgumentException} saying what is wrong. */
    public static Cidr parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("it has no prefix length after a slash, such as /24");
        }
        String addressPart = text.substring(0, slash);
        Family family = addressPart.indexOf(':') >= 0 ? Family.IPV6 : Family.IPV4;
        byte[] bytes = family == Family.IPV6 ? ipv6(addressPart)
                : ipv4(addressPart, "the IPv4 address \"" + addressPart + "\"");
        int prefix = prefixLength(text.substring(slash + 1), family);
        return new Cidr(family, bytes, prefix);
    }

    /** What is wrong with {@code text} as a CIDR block, phrased to follow "because ", or empty when it is one. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Whether {@code text} is an IPv4 CIDR such as {@code 10.0.0.0/16} or an IPv6 one such as {@code ::/0}. */
    public static boolean isValid(String text) {
        return problem(text).isEmpty();
    }

    /** Whether {@code text} is a valid block holding every address of its family: anyone on the internet. */
    public static boolean isAnywhere(String text) {
        return isValid(text) && parse(text).containsAllAddresses();
    }

    /** A prefix length of 0 leaves no bit fixed, whatever the address part says. */
    public boolean containsAllAddresses() {
        return prefixLength == 0;
    }

    /**
     * Whether every address of {@code other} is in this block: the same family, a prefix no longer than the
     * other's, and the same leading {@code prefixLength} bits (host bits, which AWS clears, are ignored).
     */
    public boolean covers(Cidr other) {
        if (family != other.family || prefixLength > other.prefixLength) {
            return false;
        }
        for (int bit = 0; bit < prefixLength; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (other.address[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    public Family family() {
        return family;
    }

    public int prefixLength() {
        return prefixLength;
    }

    /** The address bytes as written (4 or 16), host bits included. */
    public byte[] address() {
        return address.clone();
    }

    private static int prefixLength(String text, Family family) {
        String expected = "the prefix length after the slash must be a whole number from 0 to " + family.bits()
                + " for " + (family == Family.IPV4 ? "IPv4" : "IPv6");
        if (!isDecimal(text) || text.length() > 3) {
            throw new IllegalArgumentException(expected + ", not \"" + text + "\"");
        }
        int value = Integer.parseInt(text);
        if (value > family.bits()) {
            throw new IllegalArgumentException(expected + ", not " + value);
        }
        return value;
    }

    /** Dotted quad, each part 0 to 255 without leading zeros; {@code label} names it in messages. */
    private static byte[] ipv4(String text, String label) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(label + " must be four numbers from 0 to 255 separated by dots");
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (!isDecimal(part) || part.length() > 3 || Integer.parseInt(part) > 255) {
                throw new IllegalArgumentException(label + " has \"" + part
                        + "\" where a number from 0 to 255 belongs, written without leading zeros");
            }
            bytes[i] = (byte) Integer.parseInt(part);
        }
        return bytes;
    }

    /** RFC 4291 text: up to eight groups of one to four hex digits, at most one "::", maybe a dotted-quad tail. */
    private static byte[] ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new IllegalArgumentException("the IPv6 address \"" + text + "\" uses \"::\" more than once; "
                    + "it may stand for one run of zero groups only");
        }
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] before = groups(head, text, gap < 0);
        int[] after = groups(tail, text, true);
        int count = before.length + after.length;
        if (gap < 0 && count != IPV6_GROUPS) {
            throw new IllegalArgumentException("the IPv6 address \"" + text + "\" has " + count
                    + " groups; write all eight or shorten a run of zeros with \"::\"");
        }
        if (gap >= 0 && count >= IPV6_GROUPS) {
            throw new IllegalArgumentException("the IPv6 address \"" + text + "\" has " + count
                    + " groups besides \"::\"; an address has eight in all");
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < before.length; i++) {
            put(bytes, i, before[i]);
        }
        for (int i = 0; i < after.length; i++) {
            put(bytes, IPV6_GROUPS - after.length + i, after[i]);
        }
        return bytes;
    }

    /**
     * The 16-bit groups of one side of "::" (or of the whole address). A dotted quad counts as two groups and
     * may only end the address: it is allowed last on this side only when this side ends it ({@code last}).
     */
    private static int[] groups(String side, String whole, boolean last) {
        if (side.isEmpty()) {
            return new int[0];
        }
        String[] parts = side.split(":", -1);
        boolean quadTail = last && parts[parts.length - 1].indexOf('.') >= 0;
        int[] groups = new int[parts.length + (quadTail ? 1 : 0)];
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (quadTail && i == parts.length - 1) {
                byte[] quad = ipv4(part, "the dotted part \"" + part + "\" of the IPv6 address \"" + whole + "\"");
                groups[i] = (quad[0] & 0xff) << 8 | quad[1] & 0xff;
                groups[i + 1] = (quad[2] & 0xff) << 8 | quad[3] & 0xff;
            } else if (part.isEmpty()) {
                throw new IllegalArgumentException("the IPv6 address \"" + whole + "\" has an empty group; "
                        + "single colons separate groups of one to four hexadecimal digits");
            } else if (part.length() > 4 || !isHex(part)) {
                throw new IllegalArgumentException("the IPv6 address \"" + whole + "\" has the group \"" + part
                        + "\"; a group is one to four hexadecimal digits");
            } else {
                groups[i] = Integer.parseInt(part, 16);
            }
        }
        return groups;
    }

    private static void put(byte[] bytes, int group, int value) {
        bytes[2 * group] = (byte) (value >>> 8);
        bytes[2 * group + 1] = (byte) value;
    }

    /** Digits only, and no leading zero unless the number is 0 itself. */
    private static boolean isDecimal(String s) {
        if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
