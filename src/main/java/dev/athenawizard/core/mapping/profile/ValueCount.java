package dev.athenawizard.core.mapping.profile;

/** A value and how many preview rows hold it. */
public record ValueCount(String value, int count) {
}
