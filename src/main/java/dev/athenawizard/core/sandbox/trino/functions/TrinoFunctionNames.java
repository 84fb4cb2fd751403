package dev.athenawizard.core.sandbox.trino.functions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of Trino's functions (from Trino's documentation), so a function the sandbox lacks is refused as
 * unsupported while a name Trino does not know either is Trino's {@code FUNCTION_NOT_FOUND}.
 */
final class TrinoFunctionNames {
    private static final Set<String> NAMES = load();

    private TrinoFunctionNames() {
    }

    static boolean isTrinoFunction(String name) {
        return NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> names = new HashSet<>();
        try (InputStream in = TrinoFunctionNames.class.getResourceAsStream("trino-function-names.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }
}
