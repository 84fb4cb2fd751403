package dev.athenawizard.core.aws.policy;

import java.util.Optional;

/**
 * A Glue table and where its data lives.
 *
 * @param database the Glue database
 * @param table    the table name
 * @param location its {@code StorageDescriptor.Location}; empty for views and for tables whose location is not S3
 */
public record TableLocation(String database, String table, Optional<S3Location> location) {
    public TableLocation {
        location = location == null ? Optional.empty() : location;
    }
}
