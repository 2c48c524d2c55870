package dev.demarc.model;

import java.util.regex.Pattern;

/** Syntax checks for CIDR blocks as written in diagram files. Only the shape is checked, not routing. */
public final class Cidr {

    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}/(12[0-8]|1[01]\\d|[1-9]?\\d)");

    private Cidr() {
    }

    /** Whether {@code text} is an IPv4 CIDR such as {@code 10.0.0.0/16} or an IPv6 one such as {@code ::/0}. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        if (IPV4.matcher(text).matches()) {
            return true;
        }
        return IPV6.matcher(text).matches() && text.contains(":") && !text.contains(":::");
    }

    /** Whether the block is the whole address space, i.e. anyone on the internet. */
    public static boolean isAnywhere(String text) {
        return "0.0.0.0/0".equals(text) || "::/0".equals(text);
    }
}
