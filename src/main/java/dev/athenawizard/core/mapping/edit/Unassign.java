package dev.athenawizard.core.mapping.edit;

import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import java.util.List;

/** Takes columns out of the mapping (back to the unassigned column list). */
public record Unassign(List<String> columns) implements MappingEdit {
    public Unassign {
        columns = List.copyOf(columns);
    }

    @Override
    public String description() {
        return "Unassign " + MappingEdit.columnsText(columns);
    }

    @Override
    public EditResult apply(Mapping mapping, PreviewProfile preview) {
        Mapping out = mapping.removeAll(columns);
        return new EditResult(out, List.of(), MappingEdit.lostLinks(mapping, out));
    }
}
