package dev.athenawizard.core.athena.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a SQL query costs on Athena's on-demand pricing: $5 per TB scanned, each query rounded up to the next MB with
 * a 10 MB minimum. DDL, failed queries and queries answered from reused results cost nothing; a cancelled query is
 * charged for what it scanned before it stopped. An estimate: S3 and Glue requests are billed separately.
 *
 * <p>MB and TB are binary (2<sup>20</sup> and 2<sup>40</sup> bytes), as AWS bills data volumes.
 */
public final class AthenaPricing {
    public static final BigDecimal USD_PER_TB = new BigDecimal("5");
    static final long BYTES_PER_MB = 1L << 20;
    static final long MB_PER_TB = 1L << 20;
    static final long MINIMUM_MB = 10;
    private static final int SCALE = 12;

    private AthenaPricing() {
    }

    /** The megabytes Athena bills for this many scanned bytes: rounded up, at least 10. */
    public static long billedMegabytes(long bytesScanned) {
        long mb = (Math.max(0, bytesScanned) + BYTES_PER_MB - 1) / BYTES_PER_MB;
        return Math.max(mb, MINIMUM_MB);
    }

    /**
     * @param bytesScanned what Athena reported as {@code DataScannedInBytes}
     * @param finalState   how the query ended
     * @param reused       whether the answer came from a previous run's results
     * @param ddl          whether it was a DDL statement
     */
    public static BigDecimal costUsd(long bytesScanned, QueryState finalState, boolean reused, boolean ddl) {
        boolean charged = finalState == QueryState.SUCCEEDED || finalState == QueryState.CANCELLED;
        if (!charged || reused || ddl) {
            return BigDecimal.ZERO;
        }
        return USD_PER_TB.multiply(BigDecimal.valueOf(billedMegabytes(bytesScanned)))
                .divide(BigDecimal.valueOf(MB_PER_TB), SCALE, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
