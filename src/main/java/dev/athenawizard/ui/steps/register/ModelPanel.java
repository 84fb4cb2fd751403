package dev.athenawizard.ui.steps.register;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.core.aporia.schema.ModelColor;
import dev.athenawizard.core.aporia.schema.ModelIcon;
import dev.athenawizard.core.aporia.schema.TagRules;
import dev.athenawizard.ui.controls.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/** The "Model" tab: what {@code create_model} and {@code create_model_version} send. Binds to its model. */
final class ModelPanel extends Tab {

    ModelPanel(ModelPanelModel model, RegisterView.Actions actions) {
        RegisterView.titleWithIssues(this, "model-tab", "Model", model.issues);

        TextField id = Form.text("model-id", "insurance-upsell");
        id.textProperty().bindBidirectional(model.id);
        TextField name = Form.text("model-name", "Insurance upsell");
        name.textProperty().bindBidirectional(model.name);
        TextArea description = Form.area("model-description", "What the model predicts, for whom", 2);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(model.description);
        TextField owner = Form.text("model-owner", "an e-mail address or a name (optional)");
        owner.textProperty().bindBidirectional(model.owner);
        ComboBox<String> color = choice("model-color", wireNames(ModelColor.values()), ModelColor.DEFAULT.wireName());
        color.valueProperty().bindBidirectional(model.color);
        ComboBox<String> icon = choice("model-icon", wireNames(ModelIcon.values()), ModelIcon.DEFAULT.wireName());
        icon.valueProperty().bindBidirectional(model.icon);
        TextArea tags = Form.area("model-tags", "team=growth   (one per line)", 3);
        tags.textProperty().bindBidirectional(model.tagsText);
        TextField version = Form.text("model-version", "v1");
        version.textProperty().bindBidirectional(model.version);
        Button next = new Button("New version");
        next.setId("new-version");
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(e -> actions.newVersion().run());
        HBox.setHgrow(version, Priority.ALWAYS);
        HBox versionRow = new HBox(8, version, next);
        versionRow.setAlignment(Pos.CENTER_LEFT);

        Form form = new Form()
                .span(muted("The model as Aporia lists it, and the version this registration creates. Each field is "
                        + "checked against Aporia's rules as you type."))
                .field("Model id", id, muted("Aporia's API puts it in its paths: letters, digits, '.', '-' and '_'."),
                        Form.problem("model-id-problem", model.idProblem, id))
                .field("Name", name, Form.problem("model-name-problem", model.nameProblem, name))
                .field("Description", description)
                .field("Owner", owner)
                .field("Colour", color, Form.problem("model-color-problem", model.colorProblem, color))
                .field("Icon", icon, Form.problem("model-icon-problem", model.iconProblem, icon))
                .field("Tags", tags, muted("Optional. One key=value per line: at most " + TagRules.MAX_TAGS
                                + " tags, keys of up to " + TagRules.MAX_KEY_LENGTH + " letters, digits, spaces, - or _."),
                        Form.problem("model-tags-problem", model.tagsProblem, tags))
                .field("Version", versionRow, muted("Retrained the model? Register it as a new version: Aporia "
                                + "keeps the schema each version was created with, and an existing model is kept."),
                        Form.problem("model-version-problem", model.versionProblem, version))
                .field("Model type", Labels.muted("model-type", model.modelTypeText));
        setContent(Form.page("model-page", form));
    }

    /** A choice of Aporia's names, where "nothing chosen" reads as Aporia's default. */
    private static ComboBox<String> choice(String id, List<String> names, String defaultName) {
        List<String> items = new ArrayList<>();
        items.add("");
        items.addAll(names);
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        box.setId(id);
        box.setVisibleRowCount(13);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? "Aporia's default (" + defaultName + ")" : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static List<String> wireNames(Object[] values) {
        return Arrays.stream(values).map(Object::toString).toList();
    }
}
