package dev.athenawizard.ui.steps.workgroup;

import dev.athenawizard.core.athena.AthenaFailure;
import dev.athenawizard.core.athena.AwsErrors;
import dev.athenawizard.core.athena.workgroup.NewWorkgroup;
import dev.athenawizard.core.athena.workgroup.WorkgroupInfo;
import dev.athenawizard.core.athena.workgroup.WorkgroupListing;
import dev.athenawizard.core.aws.identity.VerifiedConnection;
import dev.athenawizard.core.project.WorkgroupSection;
import dev.athenawizard.ui.async.LatestRun;
import dev.athenawizard.ui.controls.Banner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Workgroup step's table and choice, without a screen: the workgroups the verified connection sees, the one picked,
 * whether Aporia can use it, and the "create one" form.
 *
 * <p>The listing belongs to the connection it was made with: another connection (or none) clears it, and with it the
 * choice's details, until it is listed again. A Refresh that fails or is cancelled keeps the last listing of this
 * connection on screen, marked as not refreshed ({@link #notRefreshed}); the next listing that succeeds replaces it.
 */
public final class WorkgroupModel {
    static final String LISTING = "Listing the workgroups and reading each one's settings…";
    static final String LISTING_CANCELLED = "Listing cancelled, so the list may be incomplete: Refresh lists the "
            + "workgroups again.";
    /** Leads the error when a Refresh failed and the table still shows the listing made before it. */
    static final String NOT_REFRESHED = "Not refreshed: the table still shows the earlier list, which may be out of "
            + "date. ";

    /** Input from the Connection step. */
    final ObjectProperty<VerifiedConnection> connection = new SimpleObjectProperty<>();

    final LatestRun<VerifiedConnection, WorkgroupListing> listing;
    final ObservableList<WorkgroupRow> rows = FXCollections.observableArrayList();
    final StringProperty search = new SimpleStringProperty("");
    final FilteredList<WorkgroupRow> visibleRows = new FilteredList<>(rows, row -> true);
    final StringBinding listingError;
    /** The rows are this connection's earlier listing: the latest one failed or was cancelled. */
    final BooleanBinding notRefreshed;
    final StringProperty selectedName = new SimpleStringProperty("");
    final ObjectBinding<Optional<WorkgroupInfo>> selected;
    final StringBinding recommended;
    /** Why the picked workgroup cannot be used, or empty. */
    final StringBinding blocker;
    /** Aporia can use the picked workgroup: enabled, described under this connection, with an S3 output location. */
    final BooleanBinding usable;
    /** What the banner under the table says about the choice; null while there is nothing to say. */
    final ObjectBinding<Banner> verdict;
    final CreateWorkgroupForm create;
    /** Input from the self-test: what it found wrong with the picked workgroup's setup, or empty. */
    final StringProperty setupProblem = new SimpleStringProperty("");
    /** The connection the rows were listed with; null while none are. */
    private VerifiedConnection listedWith;

    /** @param ui where outcomes land: {@code FxThread::run} on screen, a direct executor in tests */
    public WorkgroupModel(Executor ui) {
        listing = new LatestRun<>(connection, ui);
        create = new CreateWorkgroupForm(connection, ui);
        search.addListener((o, was, text) -> visibleRows.setPredicate(row -> matches(row, text)));
        listing.result().addListener((o, was, now) -> show(now));
        notRefreshed = Bindings.createBooleanBinding(() -> listing.failure().get() != null && !rows.isEmpty(),
                listing.failure(), rows);
        listingError = Bindings.createStringBinding(this::listingError, listing.failure(), notRefreshed);
        selected = Bindings.createObjectBinding(() -> rows.stream().map(WorkgroupRow::info).flatMap(Optional::stream)
                .filter(w -> w.name().equals(selectedName.get())).findFirst(), rows, selectedName);
        recommended = Bindings.createStringBinding(() -> recommend(rows).orElse(""), rows);
        blocker = Bindings.createStringBinding(() -> blockerOf(selectedName.get(), selected.get()),
                selected, selectedName);
        usable = Bindings.createBooleanBinding(() -> selected.get().isPresent() && blocker.get().isEmpty(),
                selected, blocker);
        verdict = Bindings.createObjectBinding(this::verdict, rows, selected, blocker, recommended, selectedName,
                setupProblem);
    }

    private String listingError() {
        Throwable failure = listing.failure().get();
        if (failure == null) {
            return "";
        }
        if (failure instanceof CancellationException) {
            return notRefreshed.get() ? NOT_REFRESHED + "Listing was cancelled: Refresh lists the workgroups again."
                    : LISTING_CANCELLED;
        }
        return (notRefreshed.get() ? NOT_REFRESHED : "") + listingFailure(failure);
    }

    /** What went wrong, and what the user can do about it from this step. */
    private static String listingFailure(Throwable error) {
        AthenaFailure failure = AwsErrors.translate(error);
        String advice = switch (failure.kind()) {
            case CREDENTIALS_EXPIRED, CREDENTIALS_INVALID, CREDENTIALS_MISSING -> " Go back to the Connection step "
                    + "and enter credentials that work (a new key, or a fresh session token); the workgroup you "
                    + "chose is kept.";
            case THROTTLED, SERVICE_ERROR, ENDPOINT_UNREACHABLE -> " Press Refresh to list them again.";
            default -> "";
        };
        return "The workgroups could not be listed: " + failure.getMessage() + advice;
    }

    /** The changes the project records. */
    Observable[] persisted() {
        return new Observable[] {selectedName, selected};
    }

    /** Lists the workgroups for the current connection, unless that listing is done or running. */
    void list(Supplier<CompletableFuture<WorkgroupListing>> describeAll) {
        if (connection.get() != null && listing.currentResult().isEmpty()) {
            listing.run((c, updates) -> describeAll.get());
        }
    }

    void cancelListing() {
        listing.cancel();
    }

    /** Lists them again (Refresh). */
    void relist(Supplier<CompletableFuture<WorkgroupListing>> describeAll) {
        if (connection.get() != null && !listing.running().get()) {
            listing.run((c, updates) -> describeAll.get());
        }
    }

    /** Creates the workgroup the form describes; on success it is listed and picked. */
    void createWith(Function<NewWorkgroup, CompletableFuture<WorkgroupInfo>> creator) {
        create.submit(rows, creator, created -> {
            rows.removeIf(r -> r.name().equals(created.name()));
            rows.add(WorkgroupRow.of(created));
            rows.sort(Comparator.comparing(WorkgroupRow::name));
            selectedName.set(created.name());
        });
    }

    /** The picked workgroup as {@code GetWorkGroup} just read it again. */
    void reread(WorkgroupInfo info) {
        rows.replaceAll(row -> row.name().equals(info.name()) ? WorkgroupRow.of(info) : row);
    }

    void load(WorkgroupSection section) {
        selectedName.set(section.name());
    }

    private void show(WorkgroupListing now) {
        if (now == null) {
            if (!Objects.equals(connection.get(), listedWith)) {
                rows.clear(); // another connection may see other workgroups, or none
                listedWith = null;
            } // else a Refresh started, failed or was cancelled: the earlier list stays until one succeeds
            return;
        }
        listedWith = connection.get();
        List<WorkgroupRow> all = new ArrayList<>();
        now.workgroups().forEach(w -> all.add(WorkgroupRow.of(w)));
        now.unreadable().forEach(u -> all.add(WorkgroupRow.unreadable(u)));
        all.sort(Comparator.comparing(WorkgroupRow::name));
        rows.setAll(all);
        if (selectedName.get().isEmpty()) {
            selectedName.set(recommended.get());
        }
    }

    WorkgroupSection toSection(WorkgroupSection saved) {
        return selected.get().map(WorkgroupInfo::toSection)
                .orElseGet(() -> selectedName.get().equals(saved.name()) ? saved
                        : new WorkgroupSection(selectedName.get(), "", "", false, null));
    }

    /** The banner under the table: what the picked workgroup gives Aporia, or why it cannot be used. */
    private Banner verdict() {
        if (rows.isEmpty()) {
            return null; // nothing listed yet: the table says so
        }
        if (!blocker.get().isEmpty()) {
            return Banner.warn("workgroup-blocker", blocker.get());
        }
        if (!setupProblem.get().isEmpty()) {
            // Its settings read fine, but Athena could not use them: no green mark for it.
            return Banner.error("workgroup-blocker", "✗ " + selectedName.get() + ": " + setupProblem.get());
        }
        return selected.get().map(w -> Banner.ok("workgroup-summary", summaryOf(w,
                w.name().equals(recommended.get())))).orElse(null);
    }

    /** "✓ aporia (recommended): results go to s3://…, Athena engine version 3 (previews can reuse results)." */
    static String summaryOf(WorkgroupInfo w, boolean recommended) {
        return "✓ " + w.name() + (recommended ? " (recommended)" : "") + ": results go to "
                + w.outputLocation().orElse("?") + ", " + w.engine().label()
                + (w.supportsResultReuse() ? " (previews can reuse results)" : "")
                + (w.enforced() ? ", settings enforced" : "")
                + (w.bytesScannedCutoff().isPresent() ? ", scan limit "
                        + WorkgroupRow.bytes(w.bytesScannedCutoff().getAsLong()) + " per query" : "") + ".";
    }

    /**
     * The workgroup a newcomer should take: enabled, with an output location, preferably engine 3, preferably one
     * made for Aporia.
     */
    static Optional<String> recommend(List<WorkgroupRow> rows) {
        return rows.stream().map(WorkgroupRow::info).flatMap(Optional::stream)
                .filter(w -> w.isEnabled() && w.hasOutputLocation())
                .max(Comparator.comparing((WorkgroupInfo w) -> w.name().toLowerCase(Locale.ROOT).contains("aporia"))
                        .thenComparing(WorkgroupInfo::supportsResultReuse)
                        .thenComparing(WorkgroupInfo::name, Comparator.reverseOrder()))
                .map(WorkgroupInfo::name);
    }

    static String blockerOf(String name, Optional<WorkgroupInfo> info) {
        if (name.isEmpty()) {
            return "Pick a workgroup, or create one for Aporia.";
        }
        if (info.isEmpty()) {
            return "The details of " + name + " cannot be read with these credentials.";
        }
        WorkgroupInfo w = info.get();
        if (!w.isEnabled()) {
            return name + " is disabled: queries cannot run in it.";
        }
        if (!w.hasOutputLocation()) {
            return name + " has no query result location. Aporia's data source writes its results to S3, so pick a "
                    + "workgroup with an output location, or create one for Aporia.";
        }
        return "";
    }

    private static boolean matches(WorkgroupRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.outputLocation().toLowerCase(Locale.ROOT).contains(needle)
                || row.description().toLowerCase(Locale.ROOT).contains(needle);
    }
}
