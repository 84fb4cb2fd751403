package dev.athenawizard.core.sandbox.iam;

/**
 * Which IAM actions are denied to whom: the sandbox's injected deny rules, as {@link AccessControl} asks about them
 * (everything not denied is allowed).
 */
@FunctionalInterface
public interface DenyPolicy {

    boolean denies(String accessKeyId, String action, String resourceArn);
}
