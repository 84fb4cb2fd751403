/**
 * Athena SQL understood locally, instantly and at no cost, with Trino's own parser (Athena engine v3 is Trino).
 *
 * <p>Everything starts from one {@link dev.athenawizard.core.sql.SqlAnalyzer} (thread-safe; share one) and the
 * immutable {@link dev.athenawizard.core.sql.SqlAnalysis} it returns for a text:
 *
 * <pre>{@code
 * SqlAnalysis analysis = analyzer.analyze(editorText);            // off the FX thread, after a pause in typing
 * analysis.problem()                  // syntax error / second statement / "not checked here", with line:column
 *                                     //   and the [start, end) offsets to underline
 * analysis.runsByItself()             // true only for one checked, read-only statement: preview it now
 * analysis.statementName()            // "DROP TABLE", for the confirmation a write needs
 * analysis.tables()                   // tables read, as written, with positions: catalog, IAM policy, warnings
 * analysis.previewForm(100)           // the LIMIT form to send; .sent().toUserFailure(failure) maps Athena's
 *                                     //   error positions back to the editor's text
 * analysis.zeroRowForm()              // for the permission self-test: reads the tables, returns no rows
 * PartitionFilterCheck.unfilteredReads(analysis, catalog, database, partitionKeys)
 *                                     // partitioned tables read without a filter on their partitions
 * }</pre>
 *
 * <p>Positions are 1-based lines and columns counted as Athena counts them (code points; lines end at {@code \n}),
 * as {@link dev.athenawizard.core.athena.SqlPosition}; offsets are {@code char} indices into the same text, as
 * editors use. The forms sent to Athena are the user's text with small edits guided by the syntax tree (never the
 * tree printed again), so the text stays recognisable in Athena's history and positions map back exactly.
 */
package dev.athenawizard.core.sql;
