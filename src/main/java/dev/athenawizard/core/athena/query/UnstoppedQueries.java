package dev.athenawizard.core.athena.query;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AthenaFailure.Kind;
import dev.athenawizard.core.athena.AwsErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * The queries the program could not stop, kept until they are: a stop that did not reach Athena is tried again once
 * credentials work (the next call that succeeds, a new session for the same account, the window closing).
 *
 * <p>An execution id means something only to the account and region (and endpoint) it ran in, so each is kept under
 * that scope and only a client of the same scope stops it. One per program; thread-safe.
 */
public final class UnstoppedQueries {
    private static final Logger LOG = LoggerFactory.getLogger(UnstoppedQueries.class);

    private record Left(String scope, String executionId) {
    }

    private final Set<Left> left = ConcurrentHashMap.newKeySet();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Remembers the queries of {@code scope} (e.g. endpoint, region and account) that could not be stopped. */
    public LeftRunning in(String scope) {
        return executionId -> {
            left.add(new Left(scope, executionId));
            return true;
        };
    }

    /** The executions of {@code scope} still to stop. */
    public List<String> of(String scope) {
        return left.stream().filter(l -> l.scope().equals(scope)).map(Left::executionId).sorted().toList();
    }

    /**
     * Tells Athena to stop each query of {@code scope}, with {@code athena} (a client of that scope). One still
     * refused (credentials, network) is kept for the next try, and the rest wait with it; one Athena does not know
     * is dropped. One call at a time: a second waits for the first, then finds what is left.
     *
     * @return the executions stopped now
     */
    public synchronized List<String> stopAll(String scope, AthenaClient athena) {
        List<String> stopped = new ArrayList<>();
        for (String id : of(scope)) {
            Stop outcome = stop(athena, scope, id);
            if (outcome == Stop.REFUSED) {
                break;
            }
            if (outcome == Stop.STOPPED) {
                stopped.add(id);
            }
        }
        stopped.forEach(id -> listeners.forEach(l -> l.accept(id)));
        return stopped;
    }

    private enum Stop {
        STOPPED,
        /** Athena does not know the id: nothing to stop. */
        UNKNOWN,
        /** Athena could not be told (credentials, network), so the next ones would not be either. */
        REFUSED
    }

    private Stop stop(AthenaClient athena, String scope, String id) {
        try {
            athena.stopQueryExecution(b -> b.queryExecutionId(id));
            left.remove(new Left(scope, id));
            return Stop.STOPPED;
        } catch (RuntimeException e) {
            AthenaFailure why = AwsErrors.translate(e);
            if (why.kind() == Kind.INVALID_REQUEST) {
                LOG.info("Athena does not know query {}; not trying to stop it again: {}", id, why.getMessage());
                left.remove(new Left(scope, id));
                return Stop.UNKNOWN;
            }
            LOG.debug("query {} still could not be stopped: {}", id, why.getMessage());
            return Stop.REFUSED;
        }
    }

    /**
     * Tells {@code listener} the id of each query stopped here, on the thread that stopped it.
     *
     * @return stops telling it
     */
    public Runnable onStopped(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
