package dev.athenawizard.ui.steps.register;

import com.sun.net.httpserver.HttpServer;
import dev.athenawizard.core.sandbox.aporia.AporiaSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The sandbox's Aporia (the real one: same validation, same faults) on a port of its own, without Athena or DuckDB,
 * recording the calls it answered. A gate can hold one kind of call until the test lets it through, to stop a
 * registration while a call is in flight.
 */
final class LocalAporia implements AutoCloseable {
    final AporiaSandbox aporia = new AporiaSandbox(Clock.systemUTC());
    private final HttpServer server;
    private final List<String> calls = new ArrayList<>();
    private volatile String gatedPath;
    private volatile CountDownLatch arrived = new CountDownLatch(1);
    private volatile CountDownLatch gate = new CountDownLatch(0);

    LocalAporia() {
        try {
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(AporiaSandbox.PATH_PREFIX, exchange -> {
            String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            synchronized (calls) {
                calls.add(call);
            }
            String gated = gatedPath;
            if (gated != null && call.contains(gated)) {
                arrived.countDown();
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            aporia.handler().handle(exchange);
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The calls answered so far, as "POST /v1beta/models". */
    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    long count(String call) {
        return calls().stream().filter(c -> c.equals(call)).count();
    }

    /** Holds the next call whose path contains {@code path} until {@link #open()}. */
    void hold(String path) {
        arrived = new CountDownLatch(1);
        gate = new CountDownLatch(1);
        gatedPath = path;
    }

    void awaitHeldCall() throws InterruptedException {
        if (!arrived.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the held call never came");
        }
    }

    void open() {
        gatedPath = null;
        gate.countDown();
    }

    @Override
    public void close() {
        open();
        server.stop(0);
    }
}
