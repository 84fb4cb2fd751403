package dev.athenawizard.core.project;

/**
 * How the wizard reaches Athena, and which key Aporia's data source will use. Only key <em>ids</em> are stored:
 * secret keys and session tokens live in memory or the OS keychain.
 *
 * @param mode              the sandbox, or real AWS
 * @param region            the AWS region, e.g. {@code us-east-1}
 * @param credentialSource  where the wizard's own credentials come from
 * @param profileName       the AWS profile, when {@code credentialSource} is PROFILE
 * @param accessKeyId       the wizard's access key id, when {@code credentialSource} is ACCESS_KEY
 * @param endpointOverride  a VPC endpoint (or the sandbox URL); empty for AWS's own endpoints
 * @param dataSource        the credentials Aporia's data source will use
 */
public record ConnectionSection(
        ConnectionMode mode,
        String region,
        CredentialSource credentialSource,
        String profileName,
        String accessKeyId,
        String endpointOverride,
        DataSourceCredentials dataSource) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final ConnectionSection DEFAULT =
            new ConnectionSection(ConnectionMode.SANDBOX, DEFAULT_REGION, CredentialSource.ACCESS_KEY, "", "", "", null);

    public ConnectionSection {
        mode = mode == null ? ConnectionMode.SANDBOX : mode;
        region = region == null || region.isBlank() ? DEFAULT_REGION : region;
        credentialSource = credentialSource == null ? CredentialSource.ACCESS_KEY : credentialSource;
        profileName = profileName == null ? "" : profileName;
        accessKeyId = accessKeyId == null ? "" : accessKeyId;
        endpointOverride = endpointOverride == null ? "" : endpointOverride;
        dataSource = dataSource == null ? DataSourceCredentials.SAME_AS_WIZARD : dataSource;
    }

    public enum ConnectionMode { SANDBOX, AWS }

    public enum CredentialSource { ACCESS_KEY, PROFILE, DEFAULT_CHAIN }

    /**
     * Aporia's data source signs its queries with an access key pair of its own (the guide's dedicated IAM user).
     *
     * @param sameAsWizard true when the user lets Aporia use the wizard's own access key
     * @param accessKeyId  the dedicated key's id otherwise (its secret is never stored here)
     */
    public record DataSourceCredentials(boolean sameAsWizard, String accessKeyId) {
        public static final DataSourceCredentials SAME_AS_WIZARD = new DataSourceCredentials(true, "");

        public DataSourceCredentials {
            accessKeyId = accessKeyId == null ? "" : accessKeyId;
        }
    }
}
