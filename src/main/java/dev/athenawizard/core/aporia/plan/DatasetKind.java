package dev.athenawizard.core.aporia.plan;

/** The datasets a model version can read: production data, and the baselines it is compared with. */
public enum DatasetKind {
    SERVING("serving", "connect_serving"),
    TRAINING("training", "connect_training"),
    TESTING("testing", "connect_testing");

    private final String wireName;
    private final String sdkMethod;

    DatasetKind(String wireName, String sdkMethod) {
        this.wireName = wireName;
        this.sdkMethod = sdkMethod;
    }

    /** The dataset's {@code name} on the wire. */
    public String wireName() {
        return wireName;
    }

    /** The {@code aporia} 2.x model method that connects it. */
    public String sdkMethod() {
        return sdkMethod;
    }

    /** "serving dataset". */
    public String label() {
        return wireName + " dataset";
    }
}
