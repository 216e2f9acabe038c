/**
 * Form engine: Form.io-compatible subset → form model (steps, render tree, conditions, validation,
 * Italian validators, drafts, prefill) and a schema lint. Pure TS (no Lit, no DOM).
 *
 * Typical use (see README.md):
 *   const { form, lint } = parseForm(json);
 *   const model = createFormModel(form, { locale: 'it' });
 *   model.prefill(citizen);
 *   model.renderStep(model.steps[0].key);
 *   const change = model.setValue('applicant.data.email_address', 'a@b.it');
 *   const issues = model.validateStep(model.steps[0].key);
 *   await api.submit(submissionData(model));   // summaryOf(model): the Riepilogo
 */
export type * from './types.js';
export { parseForm, lintForm } from './with-logic.js';
export { usesJsonLogic, installJsonLogic } from './logic.js';
export { createFormModel } from './model.js';
export { summaryOf, submissionData } from './summary.js';
export { toFormioData } from './codec.js';
export { submittedSummary, type SubmittedSummaryOptions } from './riepilogo.js';
export { optionsFromItems, renderItemTemplate, headersOf, readPath, type ItemOptionsSpec } from './options.js';
export {
  resolveReferences, collectReferences, inlineReferences, referenceOf,
  type FormFetcher, type ResolveOptions, type ResolvedReferences, type UnresolvedRef,
} from './resolve.js';
export { hasErrors, errorsOnly } from './issues.js';
export { parseNumber } from './values.js';
export {
  checkCodiceFiscale, checkPartitaIva, checkIban, checkCap, checkPhone, checkEmail,
  checkNoticeCode, checkMarcaDaBollo, checkItalianDate, decodeCodiceFiscale,
  type CheckResult, type CodiceFiscaleInfo,
} from './italian.js';
