package dev.athenawizard.ui.steps.register;

import static dev.athenawizard.ui.controls.Labels.muted;

import dev.athenawizard.ui.controls.Labels;
import dev.athenawizard.ui.controls.SecretField;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The "Data source" tab: what Aporia's {@code AthenaDataSource} is made of. Binds to its model. */
final class DataSourcePanel extends Tab {
    private final SecretField secret = new SecretField("datasource-secret", "the secret access key of that key id");

    DataSourcePanel(DataSourcePanelModel model) {
        RegisterView.titleWithIssues(this, "datasource-tab", "Data source", model.issues);

        TextField url = Form.readOnly(Form.text("jdbc-url", ""), model.jdbcUrl);
        TextField results = Form.readOnly(Form.text("output-location", ""), model.outputLocation);
        TextArea query = Form.readOnly(Form.area("serving-query", "", 5), model.servingQuery);
        query.getStyleClass().add("sql-text");
        secret.textProperty().bindBidirectional(model.secret);
        secret.visibleProperty().bind(model.secretNeeded);
        secret.managedProperty().bind(model.secretNeeded);
        Label keyProblem = Form.problem("datasource-key-problem", model.keyProblem, secret.input());
        VBox key = new VBox(4, Labels.muted("datasource-key", model.keyText), secret);
        TextArea selectExpr = Form.area("select-expr", "CAST(amount AS DOUBLE) AS amount", 2);
        selectExpr.getStyleClass().add("sql-text");
        selectExpr.textProperty().bindBidirectional(model.selectExprText);
        TextArea readOptions = Form.area("read-options", "fetchsize=10000", 2);
        readOptions.textProperty().bindBidirectional(model.readOptionsText);

        Form form = new Form()
                .span(muted("Aporia reads your data through an Athena data source: it runs the query below in your "
                        + "workgroup, signed with the access key of its own user, and reads the result from S3."))
                .field("JDBC URL", url, muted("From the region of the Connection step."))
                .field("Results", results, Labels.muted("output-location-note", model.outputNote), Form.problem("output-location-problem", model.outputProblem, results))
                .field("Query", query, muted("The Query step's query as Aporia runs it: all of it, without the "
                        + "preview's LIMIT."), Labels.muted("qualified-note", model.qualifiedNote))
                .field("Access key", key, keyProblem)
                .field("select_expr", selectExpr, muted("Optional. One Spark SQL expression per line, applied to "
                        + "each row after reading."), Form.problem("select-expr-problem", model.selectExprProblem,
                        selectExpr))
                .field("read_options", readOptions, muted("Optional. One name=value per line, passed to Spark's "
                        + "reader."), Form.problem("read-options-problem", model.readOptionsProblem, readOptions));
        setContent(Form.page("datasource-page", form));
    }

    void maskSecret() {
        secret.setMaskedAgain();
    }
}
