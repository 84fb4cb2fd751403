/**
 * The Mapping step's core, without a screen: from a preview result to the model fields Aporia receives.
 *
 * <h2>What the Mapping screen calls</h2>
 * <pre>{@code
 * // 1. A preview arrives (Query step): profile it, off the FX thread (tens of ms for 2,000 columns).
 * PreviewProfile preview = PreviewProfile.of(resultTable, DeclaredTypes.of(tablesTheQueryReads));
 * preview.columns()          // one ColumnProfile per card: typeLabel(), nullShare(), distinct(), samples(),
 *                            // numbers().histogram(), topValues(), text().length(), arrays().shape(), ...
 *
 * // 2. The mapping being edited, with undo/redo; every drag, key and menu item is a MappingEdit.
 * MappingHistory history = new MappingHistory(MappingSections.read(project), preview);
 * history.addListener(mapping -> redrawZonesAndRerunChecks(mapping));
 * EditOutcome o = history.apply(new AssignRole(List.of("amount", "owner"), Role.FEATURE));      // drop at the end
 * history.apply(new AssignRole(List.of("embeddings"), Role.FEATURE, 0));                       // drop at a place
 * history.apply(new MoveWithinRole(List.of("is_new"), 1));                                     // reorder features
 * history.apply(new RenameField("will_buy_insurance", "decision"));
 * history.apply(new Retype(selectedColumns, FieldSchema.of(AporiaFieldType.STRING)));           // per column refusals
 * history.apply(new LinkActual("did_buy_insurance", "will_buy_insurance"));
 * history.apply(new SetModelType(Optional.of(ModelType.BINARY)));
 * o.message();               // status line: what was done, what was refused and why, side effects
 * history.undo(); history.redo(); history.undoDescription();
 *
 * // 3. "Suggest mapping": proposals with reasons, never applied by themselves.
 * SuggestionSet suggestions = MappingSuggester.suggest(preview);
 * suggestions.pending(history.current())        // what is left to decide (not already so, not rejected)
 * history.apply(new AcceptSuggestions(chosen, suggestions.modelType()));   // one undo step
 * history.apply(new RejectSuggestions(dismissed));                          // remembered in the project
 *
 * // 4. Types: the menu of a field greys out what cannot fit and says why.
 * new TypeAdvisor(preview).assess("owner")      // a TypeFit per Aporia type: fits / with a caveat / refused + reason
 *
 * // 5. The checks before Next, off the FX thread for wide previews; errors block.
 * CheckReport report = MappingChecks.run(history.current(), preview);
 * report.blocking(); report.forColumn("prediction_id"); report.summary();   // each Check has example rows
 *
 * // 6. Filtering the column list on every keystroke (well under a millisecond for 2,000 columns).
 * ColumnSearch search = ColumnSearch.of(preview.columns());
 * int[] shown = search.matching(filterText, history.current());
 *
 * // 7. Saving, and reopening for a new model version on new data.
 * project = MappingSections.write(project, history.current(), preview);    // mapping and fingerprint
 * // the model type goes into the model section: MappingSections.modelTypeName(history.current())
 * CarryOver carried = Retraining.carryOver(MappingSections.read(saved), saved.schema(), newPreview);
 * history.reset(carried.mapping(), newPreview);  // then show carried.diff(), offer carried.questions()
 * String version = VersionNames.next(saved.model().version(), LocalDate.now(clock));
 * }</pre>
 *
 * <h2>Rules the results follow</h2>
 * <ul>
 *   <li>Everything is judged on the preview rows only, and belongs to that preview: a new preview means new
 *       profiles, suggestions and checks (the mapping itself carries over; {@link
 *       dev.athenawizard.core.mapping.drift.Retraining} says what no longer fits).</li>
 *   <li>Nothing that could not be checked is reported as passed: without rows, the checks warn instead.</li>
 *   <li>Values quoted in reasons and checks name their preview row (counting from 1) and are shortened when long.</li>
 *   <li>Plain immutable values and single-threaded {@link dev.athenawizard.core.mapping.edit.MappingHistory} and
 *       {@link dev.athenawizard.core.mapping.ColumnSearch}: no JavaFX here; the screen wraps them.</li>
 * </ul>
 */
package dev.athenawizard.core.mapping;
