/**
 * The steps after the form (Riepilogo, marca da bollo, Conferma) and the submission they send: one
 * chunk, imported while the citizen is on the last form step (wizard-parts.ts), not with the first step.
 * The engine's Riepilogo and submission data (forms/summary.ts) come with it.
 */
export { submissionData, summaryOf } from '../../forms/summary.js';
export { renderRiepilogo } from './riepilogo-step.js';
export { bolloFieldId, bolloSubmission, renderBolloStep, validateBollo } from './bollo-step.js';
export { ConfirmationStep } from './confirmation-step.js';
export { lateStepsStyles as styles } from './late-steps.styles.js';
export { renderSubmitError, sendLabel, serverIssues, SubmitFlow } from './submit-flow.js';
