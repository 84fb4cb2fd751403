package dev.athenawizard.core.aporia.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The icons a model can have in Aporia's model list ({@code icon} of {@code create_model}). */
public enum ModelIcon {
    GENERAL("general"),
    CHURN_AND_RETENTION("churn-and-retention"),
    CONVERSION_PREDICT("conversion-predict"),
    ANOMALY("anomaly"),
    DYNAMIC_PRICING("dynamic-pricing"),
    EMAIL_FILTERING("email-filtering"),
    DEMAND_FORECASTING("demand-forecasting"),
    LTV("ltv"),
    PERSONALIZATION("personalization"),
    FRAUD_DETECTION("fraud-detection"),
    CREDIT_RISK("credit-risk"),
    RECOMMENDATIONS("recommendations");

    /** What the SDK sends when none is given. */
    public static final ModelIcon DEFAULT = GENERAL;

    private final String wireName;

    ModelIcon(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ModelIcon> fromWireName(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.wireName.equals(wanted)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
