package org.peersite.model;

import java.math.BigInteger;

/**
 * What YAML 1.1 makes of an integer that is not written as a plain decimal, so an error can say how the value
 * was read: {@code 1:30} is the base-60 number 90, {@code 0777} the octal number 511, {@code 0x1F} is 31,
 * {@code 0b101} is 5, {@code 1_000} is 1000 and {@code +5} is 5. Immutable.
 *
 * @param raw   the scalar as written
 * @param value what YAML 1.1 reads, or {@code null} if even that fails
 * @param form  the notation, as shown in messages ("base-60 number")
 */
record YamlInteger(String raw, BigInteger value, String form) {

    static YamlInteger of(String raw) {
        String digits = raw.replace("_", "");
        boolean negative = digits.startsWith("-");
        if (negative || digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        try {
            BigInteger magnitude;
            String form;
            if (digits.contains(":")) {
                magnitude = BigInteger.ZERO;
                for (String part : digits.split(":")) {
                    magnitude = magnitude.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
                form = "the base-60 number";
            } else if (digits.startsWith("0x")) {
                magnitude = new BigInteger(digits.substring(2), 16);
                form = "the hexadecimal number";
            } else if (digits.startsWith("0b")) {
                magnitude = new BigInteger(digits.substring(2), 2);
                form = "the binary number";
            } else if (digits.length() > 1 && digits.startsWith("0")) {
                magnitude = new BigInteger(digits.substring(1), 8);
                form = "the octal number";
            } else {
                magnitude = new BigInteger(digits);
                form = "the number";
            }
            return new YamlInteger(raw, negative ? magnitude.negate() : magnitude, form);
        } catch (NumberFormatException e) {
            return new YamlInteger(raw, null, "a number in YAML 1.1 notation");
        }
    }

    /** "the base-60 number 90". */
    String description() {
        return value == null ? form : form + " " + value;
    }

    /** How to write what was probably meant, for a field called {@code name}. */
    String hint(String name) {
        if (form.equals("the octal number")) {
            String withoutZeros = raw.replaceFirst("^([-+]?)0+(?=.)", "$1");
            return "a leading 0 makes YAML 1.1 read an octal number; write " + name + ": " + withoutZeros
                    + " without it";
        }
        if (form.equals("the base-60 number")) {
            return "write the minutes as one number: " + name + ": " + value;
        }
        return value == null ? "write a plain whole number" : "write it plainly: " + name + ": " + value;
    }
}
