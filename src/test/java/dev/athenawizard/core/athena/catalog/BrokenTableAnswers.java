package dev.athenawizard.core.athena.catalog;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import dev.athenawizard.core.sandbox.SandboxFixture;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.GetTableMetadataRequest;
import software.amazon.awssdk.services.athena.model.ListTableMetadataRequest;

/**
 * Makes one table of the sandbox's catalog broken as Athena sees it. The sandbox cannot hold a broken table (it skips
 * unreadable data files), so the real SDK's answer is replaced on its way in: {@code ListTableMetadata} of the table's
 * database and {@code GetTableMetadata} of the table itself answer with the {@code MetadataException} Athena gives
 * when it cannot read a table's definition. Everything else is the sandbox's own answer.
 */
public final class BrokenTableAnswers implements ExecutionInterceptor {
    public static final String REASON = "Error reading table definition of aporia_demo.training_set: "
            + "Unsupported Hive type: struct<a:int (Service: AmazonDataCatalog; Status Code: 400)";

    private final String database;
    private final String table;

    BrokenTableAnswers(String database, String table) {
        this.database = database;
        this.table = table;
    }

    /** A real Athena client, signing as {@code SandboxFixture.KEY_ID}, that sees {@code database.table} broken. */
    public static AthenaClient athenaSeeingBroken(URI sandbox, String database, String table) {
        return AthenaClient.builder().region(Region.of(SandboxFixture.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(SandboxFixture.KEY_ID, "not-a-real-secret")))
                .endpointOverride(sandbox)
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new BrokenTableAnswers(database, table)))
                .build();
    }

    @Override
    public SdkHttpResponse modifyHttpResponse(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
        if (!breaks(context.request(), attributes)) {
            return context.httpResponse();
        }
        return context.httpResponse().toBuilder().statusCode(400).removeHeader("Content-Length")
                .putHeader("x-amzn-ErrorType", "MetadataException").build();
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
            ExecutionAttributes attributes) {
        if (!breaks(context.request(), attributes)) {
            return context.responseBody();
        }
        String body = "{\"__type\":\"MetadataException\",\"Message\":\"" + REASON + "\"}";
        return Optional.of(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean breaks(SdkRequest request, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if ("ListTableMetadata".equals(operation) && request instanceof ListTableMetadataRequest list) {
            return database.equalsIgnoreCase(list.databaseName());
        }
        if ("GetTableMetadata".equals(operation) && request instanceof GetTableMetadataRequest get) {
            return database.equalsIgnoreCase(get.databaseName()) && table.equalsIgnoreCase(get.tableName());
        }
        return false;
    }
}
