package dev.athenawizard.core.athena.workgroup;

import dev.athenawizard.core.athena.AthenaFailure;
import java.util.List;

/**
 * Every workgroup {@code ListWorkGroups} returned: described ones, and those whose details could not be read (IAM
 * policies often allow listing all workgroups but describing only some).
 *
 * @param workgroups the described workgroups, sorted by name
 * @param unreadable the rest, with what {@code ListWorkGroups} said about them and why describing failed
 */
public record WorkgroupListing(List<WorkgroupInfo> workgroups, List<Unreadable> unreadable) {
    public WorkgroupListing {
        workgroups = List.copyOf(workgroups);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * A workgroup that could be listed but not described.
     *
     * @param name   its name
     * @param state  its state as listed
     * @param engine its engine as listed
     * @param reason why {@code GetWorkGroup} failed
     */
    public record Unreadable(String name, WorkgroupInfo.State state, EngineVersion engine, AthenaFailure reason) {
    }
}
