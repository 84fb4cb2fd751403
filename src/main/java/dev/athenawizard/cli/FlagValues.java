package dev.athenawizard.cli;

import dev.athenawizard.core.TypedText;
import java.util.Optional;

/** Checks of flag values that hold names (workgroup, database, profile, environment, …), made before anything is sent. */
final class FlagValues {
    private FlagValues() {
    }

    /**
     * The first of the flags ({@code {flag, value}} pairs; null values skipped) whose value holds a character no name
     * can (a control character, a line break, half a surrogate pair): the message names the flag and the character.
     */
    static Optional<String> unshowable(String[][] flags) {
        for (String[] named : flags) {
            String refused = named[1] == null ? "" : TypedText.firstRefused(named[1], TypedText::singleLine);
            if (!refused.isEmpty()) {
                return Optional.of(named[0] + " " + TypedText.quoted(named[1]) + " has " + refused + ".");
            }
        }
        return Optional.empty();
    }
}
