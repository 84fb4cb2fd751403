package dev.athenawizard.core.athena.catalog;

import dev.athenawizard.core.athena.AthenaFailure;

/**
 * Tells a database Athena could not list because of something inside it (a broken table definition, a table the
 * caller may not read) from failures that listing its tables one by one would only repeat: a missing database,
 * a denial on the whole database, throttling, no network, bad credentials.
 */
final class UnlistableDatabase {
    private UnlistableDatabase() {
    }

    static boolean worthNamesFromGlue(AthenaFailure failure) {
        return switch (failure.kind()) {
            case INVALID_REQUEST, SERVICE_ERROR, QUERY_FAILED, UNKNOWN -> true;
            case ACCESS_DENIED -> failure.denial().map(d -> d.resource().contains(":table/")).orElse(false);
            default -> false;
        };
    }
}
