package dev.athenawizard.ui.steps.connection;

import dev.athenawizard.core.aws.identity.CredentialWarning;
import dev.athenawizard.core.aws.identity.VerificationProblem;
import dev.athenawizard.core.aws.identity.VerificationResult;
import dev.athenawizard.ui.controls.Banner;
import java.util.ArrayList;
import java.util.List;

/** What the Connection step says about a verification: who the credentials are, warnings, and what failed. */
final class VerificationBanners {
    private VerificationBanners() {
    }

    static List<Banner> of(VerificationResult result, String region) {
        List<Banner> banners = new ArrayList<>();
        result.identity().ifPresent(identity -> banners.add(Banner.ok("identity",
                "✓ Signed in as " + identity.principalName() + " in account " + identity.account()
                        + (result.problem().isEmpty() ? ". Athena answered in " + region + "." : ".")
                        + "\n" + identity.arn())));
        for (CredentialWarning warning : result.warnings()) {
            banners.add(warning.severity() == CredentialWarning.Severity.STRONG
                    ? Banner.error("warning", "⚠ " + warning.message())
                    : Banner.warn("warning", "⚠ " + warning.message()));
        }
        result.problem().ifPresent(problem -> banners.add(Banner.error("problem", "✗ " + describe(problem))));
        return banners;
    }

    /** The one-paragraph account of a failed verification. */
    static String problemText(VerificationResult result) {
        return result.problem().map(VerificationBanners::describe).orElse("The connection could not be verified.");
    }

    private static String describe(VerificationProblem problem) {
        return problem.message() + problem.hint().map(h -> " " + h).orElse("");
    }
}
