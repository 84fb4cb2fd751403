package dev.athenawizard.core;

/** The product's name and version, read from the jar manifest (or "dev" when run from classes). */
public final class Version {
    public static final String PRODUCT = "Athena Onboarding Wizard";

    private Version() {
    }

    public static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static String full() {
        return PRODUCT + " " + number();
    }
}
