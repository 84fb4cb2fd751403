package dev.athenawizard.core.project;

import dev.athenawizard.core.concurrent.BackgroundExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A separate program for {@link DraftStoreTest}: it edits a project the way the window does (a burst of changes, then
 * a pause), reports once the autosave has written the draft, and waits to be killed.
 */
public final class DraftCrashChild {
    public static void main(String[] args) throws Exception {
        Path drafts = Path.of(args[0]);
        DraftStore store = new DraftStore(drafts);
        Autosaver autosaver = new Autosaver(store, BackgroundExecutors.scheduled("autosave"), Duration.ofMillis(100),
                e -> { });
        OnboardingProject project = OnboardingProject.empty();
        String sql = DraftStoreTest.TYPED_SQL;
        for (int i = 1; i <= sql.length(); i++) {
            project = project.withQuery(new QuerySection("AwsDataCatalog", "aporia_demo", sql.substring(0, i), 100));
            autosaver.changed(project, Optional.of(Path.of(args[1])));
        }
        while (!Files.exists(store.ownDraftFile())) {
            Thread.sleep(10);
        }
        System.out.println("DRAFT WRITTEN " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
