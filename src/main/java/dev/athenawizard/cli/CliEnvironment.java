package dev.athenawizard.cli;

import dev.athenawizard.core.AppDirs;
import dev.athenawizard.core.aws.credentials.ProfileFileLocations;
import dev.athenawizard.core.aws.secrets.SecretStore;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * What the AWS-facing commands read from outside the command line: environment variables, the AWS profile files,
 * the secret store (memory + OS keychain) and the program's own folders. Tests pass their own.
 *
 * @param env          environment variables
 * @param profileFiles where the AWS config and credentials files are
 * @param secrets      builds the secret store on the given executor
 * @param dirs         the program's folders (the sandbox keeps its data there)
 */
record CliEnvironment(Map<String, String> env, ProfileFileLocations profileFiles,
        Function<Executor, SecretStore> secrets, AppDirs dirs) {

    static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), ProfileFileLocations.standard(), SecretStore::withOsKeychain,
                AppDirs.resolve());
    }
}
