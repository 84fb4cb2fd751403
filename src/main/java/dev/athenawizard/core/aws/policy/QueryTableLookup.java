package dev.athenawizard.core.aws.policy;

import static dev.athenawizard.core.concurrent.InterruptibleTasks.checkNotCancelled;

import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.EntityNotFoundException;
import software.amazon.awssdk.services.glue.model.Table;

/**
 * Where the tables a query reads keep their data: one Glue {@code GetTable} per table (never a listing of whole
 * databases, whose other tables the query does not read). A table Glue does not know, cannot show, or that has no S3
 * location is still part of the scope (the policy names it; the self-test tries it), with a note saying why its data
 * location is unknown.
 */
final class QueryTableLookup {
    private final GlueClient glue;
    private final AporiaQuery query;
    private final List<MissingInput> notes;

    QueryTableLookup(GlueClient glue, AporiaQuery query, List<MissingInput> notes) {
        this.glue = glue;
        this.query = query;
        this.notes = notes;
    }

    List<TableLocation> tables() {
        if (!query.otherCatalogTables().isEmpty()) {
            notes.add(new MissingInput("catalog", "The query reads " + AporiaQuery.names(query.otherCatalogTables())
                    + " outside the Glue Data Catalog (AwsDataCatalog): the generated policy covers Glue only, so "
                    + "grant access to that catalog's source separately."));
        }
        List<TableLocation> tables = new ArrayList<>();
        for (TableName table : query.glueTables()) {
            checkNotCancelled();
            tables.add(new TableLocation(table.database(), table.table(), location(table)));
        }
        return tables;
    }

    private Optional<S3Location> location(TableName name) {
        Table table;
        try {
            table = glue.getTable(r -> r.databaseName(name.database()).name(name.table())).table();
        } catch (EntityNotFoundException e) {
            note("Glue has no table " + name.shortName() + ", which the query reads" + at(name)
                    + ": check its name and database.");
            return Optional.empty();
        } catch (AwsServiceException e) {
            note("Glue could not show table " + name.shortName() + ": " + AwsErrors.translate(e).getMessage());
            return Optional.empty();
        } catch (SdkException e) {
            note("Glue could not be asked about table " + name.shortName() + ": "
                    + AwsErrors.translate(e).getMessage());
            return Optional.empty();
        }
        if ("VIRTUAL_VIEW".equalsIgnoreCase(table.tableType())) {
            note(name.shortName() + " is a view: the policy covers the view, but not the tables it reads: name "
                    + "their data buckets, or query the tables themselves.");
            return Optional.empty();
        }
        Optional<S3Location> location = table.storageDescriptor() == null ? Optional.empty()
                : S3Location.tryParse(table.storageDescriptor().location());
        if (location.isEmpty()) {
            note("Glue names no S3 location for table " + name.shortName() + ".");
        }
        return location;
    }

    private String at(TableName name) {
        return query.positionOf(name).map(p -> " (" + p + ")").orElse("");
    }

    private void note(String message) {
        notes.add(new MissingInput(PolicyGenerator.DATA_LOCATIONS, message));
    }
}
