package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.credentials.AthenaRegions;
import dev.athenawizard.core.aws.credentials.BadCredentialField;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import dev.athenawizard.core.aws.credentials.Secret;
import dev.athenawizard.core.aws.identity.ConnectionSettings;
import dev.athenawizard.core.aws.identity.ProblemField;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of everything typed into the Connection step. Two equal snapshots describe the same connection, so a
 * verification stays valid exactly as long as the form still equals the snapshot it was made for.
 *
 * <p>Held in memory only (it carries the typed secrets); never written anywhere.
 */
record ConnectionForm(
        ConnectionChoice choice,
        String region,
        String endpoint,
        String accessKeyId,
        String secretAccessKey,
        String sessionToken,
        String profile,
        boolean dataSourceSameAsWizard,
        String dataSourceKeyId,
        String dataSourceSecret) {

    /** Problems found without asking AWS, keyed by the field to fix; empty when the form can be verified. */
    Map<ProblemField, String> problems() {
        Map<ProblemField, String> problems = new LinkedHashMap<>();
        regionProblem().ifPresent(p -> problems.put(ProblemField.REGION, p));
        if (!endpoint.isBlank()) {
            endpointUri().ifPresentOrElse(uri -> { }, () -> problems.put(ProblemField.ENDPOINT,
                    "The endpoint should be a URL like https://vpce-…athena.us-east-1.vpce.amazonaws.com"));
        }
        switch (choice) {
            case ACCESS_KEY -> accessKeyProblem().ifPresent(p -> problems.put(p.field(), p.message()));
            case PROFILE -> {
                if (profile.isBlank()) {
                    problems.put(ProblemField.PROFILE, "Choose an AWS profile.");
                }
            }
            default -> { }
        }
        return problems;
    }

    /**
     * AWS answers only in regions where Athena runs; the sandbox or another endpoint takes any region-shaped id. A
     * project opened with a region that is neither is named here, before anything is sent.
     */
    private Optional<String> regionProblem() {
        String id = region.strip();
        if (id.isEmpty()) {
            return Optional.of("Choose the AWS region where your Athena data is.");
        }
        boolean anyRegionId = choice == ConnectionChoice.SANDBOX || !endpoint.isBlank();
        if (anyRegionId ? !AthenaRegions.isRegionId(id) : AthenaRegions.find(id).isEmpty()) {
            return Optional.of("\"" + id + "\" is not " + (anyRegionId ? "a region id" : "a region where Athena runs")
                    + ": choose one from the list (like us-east-1).");
        }
        return Optional.empty();
    }

    /** The wizard's own credentials and target, as the verifier needs them; {@code endpoint} for the sandbox. */
    ConnectionSettings settings(Optional<URI> sandboxEndpoint) {
        return new ConnectionSettings(wizardCredentials(), region, sandboxEndpoint.or(this::endpointUri));
    }

    CredentialSource wizardCredentials() {
        return switch (choice) {
            case SANDBOX -> new CredentialSource.Sandbox();
            case ACCESS_KEY -> new CredentialSource.AccessKey(accessKeyId.strip(), Secret.of(secretAccessKey),
                    sessionToken.isBlank() ? Optional.empty() : Optional.of(Secret.of(sessionToken)));
            case PROFILE -> CredentialSource.Profile.named(profile);
            case DEFAULT_CHAIN -> new CredentialSource.DefaultChain();
        };
    }

    /**
     * Aporia's data-source credentials when they differ from the wizard's and are filled in. Blank fields mean "later,
     * in the Register step"; a half-filled pair is reported by {@link #dataSourceProblem()}.
     */
    Optional<CredentialSource> dataSourceCredentials() {
        if (usesWizardKeyForAporia() || dataSourceKeyId.isBlank() || dataSourceSecret.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(CredentialSource.AccessKey.of(dataSourceKeyId.strip(), Secret.of(dataSourceSecret)));
    }

    /** Aporia can only reuse the wizard's key when the wizard uses a key (or the sandbox's demo key). */
    boolean usesWizardKeyForAporia() {
        return dataSourceSameAsWizard && (choice == ConnectionChoice.ACCESS_KEY || choice == ConnectionChoice.SANDBOX);
    }

    Optional<String> dataSourceProblem() {
        if (usesWizardKeyForAporia() || (dataSourceKeyId.isBlank() && dataSourceSecret.isBlank())) {
            return Optional.empty();
        }
        try {
            CredentialSource.AccessKey.of(dataSourceKeyId.strip(), Secret.of(dataSourceSecret));
            return Optional.empty();
        } catch (BadCredentialField e) {
            return Optional.of("Aporia's key: " + e.getMessage());
        }
    }

    private Optional<FieldMessage> accessKeyProblem() {
        if (secretAccessKey.isBlank() && !accessKeyId.isBlank()) {
            return Optional.of(new FieldMessage(ProblemField.SECRET_ACCESS_KEY,
                    "Paste the secret access key that belongs to " + accessKeyId.strip() + "."));
        }
        try {
            wizardCredentials();
            return Optional.empty();
        } catch (BadCredentialField e) {
            ProblemField field = e.field() == BadCredentialField.Field.SECRET_ACCESS_KEY
                    ? ProblemField.SECRET_ACCESS_KEY : ProblemField.ACCESS_KEY_ID;
            return Optional.of(new FieldMessage(field, e.getMessage()));
        }
    }

    Optional<URI> endpointUri() {
        if (endpoint.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpoint.strip());
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return http && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private record FieldMessage(ProblemField field, String message) {
    }

    @Override
    public String toString() {
        return "ConnectionForm[" + choice + ", " + region + ", key " + accessKeyId + ", profile " + profile + "]";
    }
}
