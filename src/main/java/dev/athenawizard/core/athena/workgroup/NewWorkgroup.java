package dev.athenawizard.core.athena.workgroup;

import dev.athenawizard.core.TypedText;
import java.util.ArrayList;
import java.util.List;

/**
 * What the user asks for when the wizard creates a workgroup for Aporia's queries.
 *
 * @param name           1–128 of {@code A-Z a-z 0-9 . _ -}
 * @param outputLocation the S3 folder for query results, {@code s3://bucket/prefix/}
 * @param description    up to 1024 characters; may be empty
 */
public record NewWorkgroup(String name, String outputLocation, String description) {
    private static final int MAX_DESCRIPTION = 1024;

    public NewWorkgroup {
        name = name == null ? "" : name.trim();
        outputLocation = outputLocation == null ? "" : outputLocation.trim();
        description = description == null ? "" : description;
    }

    /** What is wrong with the request, one sentence per field, before anything is sent to AWS. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add("Workgroup name is empty: give it 1 to 128 letters, digits, '.', '_' or '-'.");
        } else if (!name.matches("[a-zA-Z0-9._-]{1,128}")) {
            String wrong = TypedText.firstRefused(name, c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
            problems.add("Workgroup name " + TypedText.quoted(name, '\'') + " must be 1 to 128 letters, digits, '.', "
                    + "'_' or '-'" + (wrong.isEmpty() ? " (it has " + name.length() + ")" : "; it has " + wrong) + ".");
        }
        if (!outputLocation.matches("s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?")) {
            problems.add("Output location " + TypedText.quoted(outputLocation, '\'')
                    + " must be an S3 folder like s3://my-bucket/results/.");
        } else if (!TypedText.firstRefused(outputLocation, TypedText::printable).isEmpty()) {
            problems.add("Output location " + TypedText.quoted(outputLocation, '\'') + " has "
                    + TypedText.firstRefused(outputLocation, TypedText::printable) + ", which Athena cannot be "
                    + "given in a folder name.");
        }
        if (description.length() > MAX_DESCRIPTION) {
            problems.add("Description is " + description.length() + " characters; at most " + MAX_DESCRIPTION
                    + " are allowed.");
        }
        return problems;
    }

    /** Control characters and lone surrogates (which UTF-8 cannot carry) are no part of an S3 key Athena takes. */
    /** Athena treats the location as a folder; a trailing slash keeps results from landing next to it. */
    public String outputFolder() {
        return outputLocation.endsWith("/") ? outputLocation : outputLocation + "/";
    }
}
