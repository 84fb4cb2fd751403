package dev.athenawizard.core.aws.identity;

import dev.athenawizard.core.aws.AwsTarget;
import dev.athenawizard.core.aws.credentials.CredentialSource;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Connection step hands to the steps after it: a connection that answered, and who it is.
 *
 * @param wizard     the settings the wizard's own calls use (credentials, region, endpoint)
 * @param identity   who those credentials are
 * @param dataSource the credentials Aporia's data source will use, when they are not the wizard's own; empty until
 *                   the user gives them (here or in the Register step)
 * @param sandbox    true when this is the built-in sandbox, not AWS
 * @param health     whether the wizard's credentials still work, as the calls made with them since found; the live
 *                   state of this verification, so it takes no part in {@code equals}
 */
public record VerifiedConnection(ConnectionSettings wizard, CallerIdentity identity,
        Optional<CredentialSource> dataSource, boolean sandbox, CredentialsHealth health) {

    public VerifiedConnection {
        Objects.requireNonNull(wizard, "wizard");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(health, "health");
        dataSource = dataSource == null ? Optional.empty() : dataSource;
    }

    /** Just verified: the credentials work. */
    public VerifiedConnection(ConnectionSettings wizard, CallerIdentity identity,
            Optional<CredentialSource> dataSource, boolean sandbox) {
        this(wizard, identity, dataSource, sandbox, new CredentialsHealth());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifiedConnection c && wizard.equals(c.wizard) && identity.equals(c.identity)
                && dataSource.equals(c.dataSource) && sandbox == c.sandbox;
    }

    @Override
    public int hashCode() {
        return Objects.hash(wizard, identity, dataSource, sandbox);
    }

    @Override
    public String toString() {
        return "VerifiedConnection[wizard=" + wizard + ", identity=" + identity + ", dataSource=" + dataSource
                + ", sandbox=" + sandbox + "]";
    }

    public AwsTarget wizardTarget() {
        return wizard.toTarget();
    }

    /** Where the self-test runs: as Aporia's user when known, otherwise as the wizard's own. */
    public AwsTarget aporiaTarget() {
        return dataSource.map(source -> wizard.toTarget().withCredentials(source.provider()))
                .orElseGet(wizard::toTarget);
    }

    /** True when the self-test will run with credentials Aporia will really use. */
    public boolean aporiaCredentialsKnown() {
        return dataSource.isPresent() || wizard.credentials() instanceof CredentialSource.AccessKey
                || sandbox;
    }

    public String region() {
        return wizard.region();
    }
}
