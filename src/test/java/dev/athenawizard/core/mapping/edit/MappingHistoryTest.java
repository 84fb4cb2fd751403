package dev.athenawizard.core.mapping.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.athenawizard.core.aporia.schema.AporiaFieldType;
import dev.athenawizard.core.aporia.schema.FieldSchema;
import dev.athenawizard.core.aporia.schema.ModelType;
import dev.athenawizard.core.mapping.DemoRows;
import dev.athenawizard.core.mapping.model.Mapping;
import dev.athenawizard.core.mapping.model.MappedColumn;
import dev.athenawizard.core.mapping.model.Role;
import dev.athenawizard.core.mapping.profile.PreviewProfile;
import dev.athenawizard.core.mapping.suggest.MappingSuggester;
import dev.athenawizard.core.mapping.suggest.Suggestion;
import dev.athenawizard.core.mapping.suggest.SuggestionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingHistoryTest {
    private static final PreviewProfile DEMO = PreviewProfile.of(DemoRows.table(50, 5, 11));

    private final MappingHistory history = new MappingHistory(Mapping.EMPTY, DEMO);

    private List<String> features() {
        return history.current().inRole(Role.FEATURE).stream().map(MappedColumn::column).toList();
    }

    @Test
    void assigningColumnsGivesThemTheTypeTheirValuesCallFor() {
        EditOutcome outcome = history.apply(new AssignRole(List.of("amount", "embeddings"), Role.FEATURE));

        assertThat(outcome.changed()).isTrue();
        assertThat(outcome.message()).isEqualTo("Assign amount and embeddings to Features.");
        assertThat(history.current().entry("embeddings").orElseThrow().schema())
                .contains(FieldSchema.tensor(List.of(768)));
        assertThat(history.current().entry("amount").orElseThrow().schema())
                .contains(FieldSchema.of(AporiaFieldType.NUMERIC));
    }

    @Test
    void undoAndRedoMoveBetweenSteps() {
        history.apply(new AssignRole(List.of("amount"), Role.FEATURE));
        history.apply(new AssignRole(List.of("owner"), Role.FEATURE));
        assertThat(history.undoDescription()).contains("Assign owner to Features");

        assertThat(history.undo()).isTrue();
        assertThat(features()).containsExactly("amount");
        assertThat(history.redoDescription()).contains("Assign owner to Features");
        assertThat(history.undo()).isTrue();
        assertThat(features()).isEmpty();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.undo()).isFalse();

        assertThat(history.redo()).isTrue();
        assertThat(features()).containsExactly("amount");

        history.apply(new AssignRole(List.of("is_new"), Role.FEATURE));
        assertThat(history.canRedo()).isFalse(); // a new step drops what was undone
        assertThat(features()).containsExactly("amount", "is_new");
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        history.apply(new AssignRole(List.of("amount"), Role.FEATURE));

        EditOutcome again = history.apply(new AssignRole(List.of("amount"), Role.FEATURE));

        assertThat(again.changed()).isFalse();
        assertThat(again.message()).isEqualTo("Assign amount to Features: nothing to change.");
        history.undo();
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void listenersHearEveryChange() {
        List<Mapping> heard = new ArrayList<>();
        history.addListener(heard::add);

        history.apply(new AssignRole(List.of("amount"), Role.FEATURE));
        history.undo();
        history.redo();

        assertThat(heard).hasSize(3);
        assertThat(heard.get(1)).isEqualTo(Mapping.EMPTY);
        assertThat(heard.get(2)).isEqualTo(history.current());
    }

    @Test
    void featuresAreReorderedByDropPositionAndByMove() {
        history.apply(new AssignRole(List.of("amount", "owner", "is_new"), Role.FEATURE));

        history.apply(new AssignRole(List.of("embeddings"), Role.FEATURE, 1));
        assertThat(features()).containsExactly("amount", "embeddings", "owner", "is_new");

        history.apply(new MoveWithinRole(List.of("is_new", "amount"), 0));
        assertThat(features()).containsExactly("is_new", "amount", "embeddings", "owner");

        history.apply(new MoveWithinRole(List.of("is_new"), 99));
        assertThat(features()).containsExactly("amount", "embeddings", "owner", "is_new");

        history.undo();
        assertThat(features()).containsExactly("is_new", "amount", "embeddings", "owner");
    }

    @Test
    void movingColumnsOfDifferentRolesTogetherIsRefused() {
        history.apply(new AssignRole(List.of("amount"), Role.FEATURE));
        history.apply(new AssignRole(List.of("proba"), Role.PREDICTION));

        EditOutcome outcome = history.apply(new MoveWithinRole(List.of("amount", "proba"), 0));

        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.message()).isEqualTo("Not done: proba: only columns of one role can be moved together, "
                + "within that role.");
    }

    @Test
    void onlyOneIdColumnAndTheFormerOneIsSaidToBeUnassigned() {
        history.apply(new AssignRole(List.of("prediction_id"), Role.ID));

        EditOutcome outcome = history.apply(new AssignRole(List.of("owner"), Role.ID));
        assertThat(outcome.message()).isEqualTo("Assign owner to ID column. prediction_id was the ID column; it is "
                + "unassigned now.");
        assertThat(history.current().idColumn().orElseThrow().column()).isEqualTo("owner");

        EditOutcome two = history.apply(new AssignRole(List.of("owner", "amount"), Role.ID));
        assertThat(two.refused()).isTrue();
        assertThat(two.message()).contains("only one column can be the ID column; select just one");
    }

    @Test
    void retypingASelectionSetsTheTypeWhereItFitsAndRefusesTheRestWithTheReason() {
        history.apply(new AssignRole(List.of("amount", "owner", "proba"), Role.FEATURE));

        EditOutcome outcome = history.apply(new Retype(List.of("amount", "owner", "proba"),
                FieldSchema.of(AporiaFieldType.CATEGORICAL)));

        assertThat(outcome.changed()).isFalse(); // amount and proba hold decimals, owner names
        assertThat(outcome.refusals()).extracting(Refusal::column).containsExactly("amount", "owner", "proba");
        assertThat(outcome.refusals().get(1).reason()).startsWith("categorical cannot hold it: '")
                .contains("in row 1 is not a whole number");

        EditOutcome text = history.apply(new Retype(List.of("amount", "owner"), FieldSchema.of(AporiaFieldType.STRING)));
        assertThat(text.changed()).isTrue();
        assertThat(text.notes()).containsExactly("amount: decimal numbers as category labels: numeric usually fits "
                + "better");
        assertThat(history.current().entry("owner").orElseThrow().schema())
                .contains(FieldSchema.of(AporiaFieldType.STRING));
    }

    @Test
    void aTensorOfTheWrongLengthIsRefused() {
        history.apply(new AssignRole(List.of("embeddings"), Role.FEATURE));

        EditOutcome outcome = history.apply(new Retype(List.of("embeddings"), FieldSchema.tensor(List.of(512))));

        assertThat(outcome.message()).isEqualTo("Not done: embeddings: tensor [512] cannot hold it: every row has "
                + "length 768, not length 512.");
    }

    @Test
    void renamingAFieldChecksTheNameAndKeepsTheLinkOfItsActual() {
        history.apply(new AssignRole(List.of("will_buy_insurance"), Role.PREDICTION));
        history.apply(new AssignRole(List.of("did_buy_insurance"), Role.ACTUAL));
        history.apply(new AssignRole(List.of("amount"), Role.FEATURE));
        assertThat(history.current().entry("did_buy_insurance").orElseThrow().linkedPrediction())
                .isEqualTo("will_buy_insurance"); // linked by name on assignment

        assertThat(history.apply(new RenameField("will_buy_insurance", "buys insurance")).message())
                .isEqualTo("Not done: will_buy_insurance: 'buys insurance' has a space; use only letters, digits "
                        + "and underscores.");
        assertThat(history.apply(new RenameField("will_buy_insurance", "AMOUNT")).message())
                .contains("'AMOUNT' is already the field of amount");
        assertThat(history.apply(new RenameField("will_buy_insurance", "decision")).changed()).isTrue();

        MappedColumn prediction = history.current().entry("will_buy_insurance").orElseThrow();
        assertThat(prediction.field()).isEqualTo("decision");
        assertThat(history.current().entry("did_buy_insurance").orElseThrow().linkedPrediction())
                .isEqualTo("will_buy_insurance");
    }

    @Test
    void linkingAndWhatUnlinksAnActual() {
        history.apply(new AssignRole(List.of("will_buy_insurance", "proba"), Role.PREDICTION));
        history.apply(new AssignRole(List.of("did_buy_insurance"), Role.ACTUAL));

        history.apply(new LinkActual("did_buy_insurance", "proba"));
        assertThat(history.current().entry("did_buy_insurance").orElseThrow().linkedPrediction()).isEqualTo("proba");
        assertThat(history.apply(new LinkActual("did_buy_insurance", "amount")).message())
                .contains("amount is not a prediction");

        EditOutcome moved = history.apply(new AssignRole(List.of("proba"), Role.FEATURE));
        assertThat(moved.notes()).containsExactly("did_buy_insurance no longer grades proba, which is not a "
                + "prediction now: link it again");
    }

    @Test
    void acceptingAllSuggestionsIsOneStepThatUndoesAtOnce() {
        SuggestionSet suggestions = MappingSuggester.suggest(DEMO);

        EditOutcome outcome = history.apply(new AcceptSuggestions(suggestions.columns(), suggestions.modelType()));

        assertThat(outcome.message()).isEqualTo("Accept 10 suggestions.");
        assertThat(suggestions.pending(history.current())).isEmpty();
        assertThat(history.current().modelType()).contains(ModelType.BINARY);
        assertThat(history.current().entry("did_buy_insurance").orElseThrow().linkedPrediction())
                .isEqualTo("will_buy_insurance");
        history.undo();
        assertThat(history.current()).isEqualTo(Mapping.EMPTY);
    }

    @Test
    void anActualAcceptedWithoutItsPredictionSaysItIsNotLinked() {
        Suggestion actual = MappingSuggester.suggest(DEMO).forColumn("did_buy_insurance").orElseThrow();

        EditOutcome outcome = history.apply(new AcceptSuggestions(List.of(actual)));

        assertThat(outcome.notes()).containsExactly("did_buy_insurance is not linked: will_buy_insurance is not a "
                + "prediction; accept it as one, or link the actual by hand");
    }

    @Test
    void rejectedSuggestionsAreNotOfferedAgainUntilAccepted() {
        SuggestionSet suggestions = MappingSuggester.suggest(DEMO);
        Suggestion owner = suggestions.forColumn("owner").orElseThrow();

        history.apply(new RejectSuggestions(List.of(owner)));
        assertThat(history.current().entries()).isEmpty();
        assertThat(suggestions.pending(history.current())).doesNotContain(owner).hasSize(9);

        history.undo();
        assertThat(suggestions.pending(history.current())).contains(owner);

        history.apply(new RejectSuggestions(List.of(owner)));
        history.apply(new AcceptSuggestions(List.of(owner)));
        assertThat(history.current().rejectedSuggestions()).isEmpty();
    }

    @Test
    void theModelTypeIsAnUndoableChoice() {
        history.apply(new SetModelType(Optional.of(ModelType.REGRESSION)));
        history.apply(new SetModelType(Optional.of(ModelType.BINARY)));

        history.undo();

        assertThat(history.current().modelType()).contains(ModelType.REGRESSION);
    }

    @Test
    void unassignPutsColumnsBack() {
        history.apply(new AssignRole(List.of("amount", "owner"), Role.FEATURE));

        history.apply(new Unassign(List.of("owner")));

        assertThat(history.current().unassigned(DEMO.columnNames())).contains("owner").doesNotContain("amount");
    }

    @Test
    void columnsTheDataDoesNotHaveAreRefused() {
        EditOutcome outcome = history.apply(new AssignRole(List.of("nope"), Role.FEATURE));

        assertThat(outcome.message()).isEqualTo("Not done: nope: the preview has no such column.");
    }

    @Test
    void aResetForgetsTheSteps() {
        history.apply(new AssignRole(List.of("amount"), Role.FEATURE));

        history.reset(Mapping.EMPTY, DEMO);

        assertThat(history.canUndo()).isFalse();
        assertThat(history.current()).isEqualTo(Mapping.EMPTY);
    }
}
