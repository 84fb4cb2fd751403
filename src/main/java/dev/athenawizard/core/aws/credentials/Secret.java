package dev.athenawizard.core.aws.credentials;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A secret access key, session token or Aporia token, held in memory only.
 *
 * <p>Its {@code toString} is always masked, so a secret that ends up in a log line, an exception message or a debugger
 * shows {@code ****}. Jackson refuses to write or read it: a secret that slips into a project, a draft or an export
 * fails loudly instead of being saved. {@link #clear()} overwrites the characters when the secret is no longer needed.
 * Not {@link java.io.Serializable} on purpose.
 */
@JsonSerialize(using = Secret.Refuse.class)
@JsonDeserialize(using = Secret.RefuseToRead.class)
public final class Secret {
    private static final String MASK = "****";

    private char[] value;

    private Secret(char[] value) {
        this.value = value;
    }

    /** A secret holding a copy of {@code text}. */
    public static Secret of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a secret cannot be null");
        }
        return new Secret(text.toCharArray());
    }

    /** A secret holding a copy of {@code chars}; the caller may clear its own array afterwards. */
    public static Secret of(char[] chars) {
        if (chars == null) {
            throw new IllegalArgumentException("a secret cannot be null");
        }
        return new Secret(chars.clone());
    }

    /**
     * The secret as text, for the one place that must hand it on (an SDK credentials object, the keychain). Never
     * log, display or concatenate the result.
     */
    public synchronized String reveal() {
        return new String(checkedValue());
    }

    /** A copy of the characters; clear it after use. */
    public synchronized char[] revealChars() {
        return checkedValue().clone();
    }

    /** An independent copy: clearing one leaves the other intact. */
    public synchronized Secret copy() {
        return new Secret(checkedValue().clone());
    }

    /** True when the secret has no characters (an empty field), or has been cleared. */
    public synchronized boolean isEmpty() {
        return value == null || value.length == 0;
    }

    /**
     * True when the secret is empty or holds only blanks — spaces, tabs, line breaks, control characters (which the
     * AWS SDK trims away too): nothing a key could be.
     */
    public synchronized boolean isBlank() {
        if (value == null) {
            return true;
        }
        for (char c : value) {
            if (c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    public synchronized boolean isCleared() {
        return value == null;
    }

    /** Overwrites the characters; afterwards {@link #reveal()} throws. */
    public synchronized void clear() {
        if (value != null) {
            Arrays.fill(value, '\0');
            value = null;
        }
    }

    /** Compares in constant time, so a comparison does not leak how many leading characters match. */
    public synchronized boolean sameAs(Secret other) {
        if (other == null || isCleared() || other.isCleared()) {
            return false;
        }
        char[] theirs = other.revealChars();
        byte[] a = bytes(value);
        byte[] b = bytes(theirs);
        try {
            return MessageDigest.isEqual(a, b);
        } finally {
            Arrays.fill(theirs, '\0');
            Arrays.fill(a, (byte) 0);
            Arrays.fill(b, (byte) 0);
        }
    }

    @Override
    public String toString() {
        return MASK;
    }

    private char[] checkedValue() {
        if (value == null) {
            throw new IllegalStateException("this secret was cleared and can no longer be read");
        }
        return value;
    }

    /**
     * Every char as two bytes. Not UTF-8: its encoder turns each lone surrogate into the same '?', which would make
     * two different secrets compare equal.
     */
    private static byte[] bytes(char[] chars) {
        byte[] out = new byte[chars.length * 2];
        for (int i = 0; i < chars.length; i++) {
            out[2 * i] = (byte) (chars[i] >> 8);
            out[2 * i + 1] = (byte) chars[i];
        }
        return out;
    }

    /** Makes Jackson fail rather than write a secret into JSON. */
    static final class Refuse extends JsonSerializer<Secret> {
        @Override
        public void serialize(Secret secret, JsonGenerator gen, SerializerProvider provider) throws IOException {
            throw InvalidDefinitionException.from(gen, "Secrets are never written to JSON (" + pathOf(gen) + ")",
                    provider.constructType(Secret.class));
        }

        private static String pathOf(JsonGenerator gen) {
            var context = gen.getOutputContext();
            return context == null || context.getCurrentName() == null ? "value" : context.getCurrentName();
        }
    }

    /** Makes Jackson fail rather than read a secret out of JSON: secrets never live in files. */
    static final class RefuseToRead extends JsonDeserializer<Secret> {
        @Override
        public Secret deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            throw InvalidDefinitionException.from(parser, "Secrets are never read from JSON",
                    context.constructType(Secret.class));
        }
    }
}
