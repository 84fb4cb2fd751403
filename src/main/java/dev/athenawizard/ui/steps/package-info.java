/**
 * The wizard's steps, one package each. <b>Writing a step: copy the Workgroup step's shape</b>
 * ({@code ui/steps/workgroup}); the Connection step follows it too.
 *
 * <h2>The classes of a step</h2>
 * <dl>
 *   <dt>{@code XStep implements WizardStep} (copy {@code WorkgroupStep})</dt>
 *   <dd>Wiring and lifecycle only: builds its models with {@code FxThread::run}, binds the panels' inputs to the
 *       step's model, and implements {@code load}/{@code store} (its part of the project), {@code changes()} (a
 *       {@code ChangeSignal} over what the project records), {@code complete()} (Next may be pressed),
 *       {@code done()} (the result was checked for what is on screen: only then is the step marked done and the
 *       next one reachable), {@code checkBeforeLeaving()} (a cancellable future; fail it with {@code ShownOnStep}
 *       when the page already shows why), {@code entered()} (open the AWS session, fetch what is missing, subscribe)
 *       and {@code left()} (unsubscribe, cancel). No text, no layout, no files, no AWS calls of its own.</dd>
 *   <dt>{@code XServices} record (copy {@code WorkgroupServices})</dt>
 *   <dd>What the step needs, built once in {@code GuiWiring}: {@code AwsSessions} (core: verified connection
 *       &rarr; a closeable {@code AwsSession} with workgroups, catalog, queries, scope, self-test), {@code StepDialogs}
 *       (save dialogs, clipboard) and executors. The step opens one session per connection and closes the old one.</dd>
 *   <dt>{@code XModel}, and one model per panel (copy {@code WorkgroupModel}, {@code PolicyPanelModel},
 *       {@code SelfTestPanelModel})</dt>
 *   <dd>Plain Java with JavaFX properties; no nodes. Takes an {@code Executor ui} so tests run without a stage
 *       ({@code Runnable::run}). Every sentence the page shows is computed here ({@code Banner}s, notes), and tested
 *       ({@code WorkgroupModelsTest}). Work goes in through plain functions ({@code session::resolveScope}), so tests
 *       pass lambdas instead of mocks.</dd>
 *   <dt>{@code XView}, {@code XPanel} (copy {@code WorkgroupView}, {@code PolicyPanel}, {@code SelfTestPanel})</dt>
 *   <dd>Only binds: nodes, layout, bindings to the model, buttons that call the step's {@code Actions}. Text through
 *       {@code Labels} (wrapping, never squeezed); a page that can be taller than the window scrolls. A stylesheet
 *       next to the step, states as pseudo-classes.</dd>
 * </dl>
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li><b>Results belong to their inputs.</b> Anything computed in the background is a {@code LatestRun} keyed by a
 *       record of its inputs (connection, workgroup, databases, …): a change of inputs cancels the run and clears
 *       the result; a second request for the same inputs joins the run in flight (Verify then Next is one
 *       verification).</li>
 *   <li><b>A green result is earned.</b> Show success only when everything was tried and allowed for the inputs on
 *       screen; unknown, skipped or not checkable is a warning that says what was not checked.</li>
 *   <li><b>Cancel reaches the call.</b> Blocking work is started with {@code InterruptibleTasks} (core), whose
 *       futures interrupt the call when cancelled; {@code AthenaCalls} uses it.</li>
 *   <li><b>One hop to the FX thread</b>: {@code FxThread}, or the {@code ui} executor a model was given.</li>
 *   <li><b>Readable at 1180&times;780 and 900&times;600</b>: add the step's screens to
 *       {@code ScreensAreReadableTest}, which fails on any label cut to "&hellip;" and on any CSS warning.</li>
 *   <li>Steps never import each other: typed outputs flow through {@code GuiWiring} (ArchitectureTest), and
 *       packages stay free of cycles.</li>
 * </ul>
 */
package dev.athenawizard.ui.steps;
