package dev.athenawizard.ui.shell;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.HostServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens web pages in the user's browser. {@code HostServices.showDocument} may block: on Linux it looks for a browser
 * by running {@code which} for several in turn and waiting for each; so it runs on a background thread, never on the
 * FX thread.
 */
public final class DocumentLinks implements Consumer<String> {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLinks.class);

    private final HostServices host;
    private final Executor background;

    public DocumentLinks(HostServices host, Executor background) {
        this.host = host;
        this.background = background;
    }

    @Override
    public void accept(String url) {
        background.execute(() -> {
            try {
                host.showDocument(url);
            } catch (RuntimeException e) {
                LOG.warn("could not open {} in a browser: {}", url, e.toString());
            }
        });
    }
}
