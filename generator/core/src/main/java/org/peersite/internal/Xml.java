package org.peersite.internal;

/** Escaping and number formatting for hand-written XML (SVG) that must be well-formed and byte-for-byte stable. */
public final class Xml {

    private Xml() {
    }

    /**
     * Text or attribute value with {@code & < > " '} escaped; characters XML cannot carry at all (most controls,
     * lone surrogates, U+FFFE, U+FFFF) become U+FFFD so the result stays well-formed.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (allowed(c)) {
                        out.appendCodePoint(c);
                    } else {
                        out.append('\uFFFD');
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** A number rounded to one decimal, without a trailing {@code .0} and never {@code -0}; locale-free. */
    public static String num(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long tenths = Math.round(value * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        long whole = abs / 10;
        long fraction = abs % 10;
        return fraction == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    /** A number rounded to two decimals, for opacities; locale-free. */
    public static String num2(double value) {
        long hundredths = Math.round(value * 100);
        String digits = Long.toString(Math.abs(hundredths) % 100 + 100).substring(1);
        String text = (hundredths < 0 ? "-" : "") + Math.abs(hundredths) / 100 + "." + digits;
        return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
    }

    /** A string usable inside an XML id: letters, digits, {@code -} and {@code _}; anything else becomes {@code _}. */
    public static String idToken(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            out.append(plain ? c : '_');
        }
        return out.toString();
    }
}
