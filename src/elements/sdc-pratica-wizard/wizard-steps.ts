import type { Locale } from '../../i18n/locale.js';
import type { SdcConfig } from '../../core/context.js';
import type { Loaded } from './wizard-loader.js';
import { FORM_PREFIX, type Position } from './wizard-navigator.js';
import { wizardMessages as t, type WizardMessageKey } from './sdc-pratica-wizard.messages.js';

/** Which steps a pratica has, and what they are called: pure functions of the loaded service and form. */

const TITLES: Record<string, WizardMessageKey> = { privacy: 'privacyTitle', riepilogo: 'summaryTitle', bollo: 'bolloTitle', pagamento: 'paymentTitle', conferma: 'doneTitle' };

export const needsPayment = (l: Loaded | undefined): boolean => l?.service.paymentMode === 'immediate';

/** A sent pratica the backend holds for its payment (1500–1899: opencity-api.md §5.1), for a service paid at submission. */
export const awaitsPayment = (l: Loaded | undefined, statusCode: number): boolean => needsPayment(l) && statusCode >= 1500 && statusCode < 1900;

/** A physical stamp at submission that the form itself does not ask for (pa-domain.md §2.1). */
export function needsBolloStep(l: Loaded | undefined): boolean {
  const b = l?.service.bollo;
  return !!l && !!b && b.mode === 'fisica' && b.when === 'richiesta' && !l.model.node('bollo_identifier');
}

/** Privacy → the form's visible panels → Riepilogo → (bollo) → (pagamento) → Conferma. */
export function positionsOf(l: Loaded | undefined): Position[] {
  if (!l) return [];
  const steps = l.model.steps.map((s) => `${FORM_PREFIX}${s.key}`);
  return ['privacy', ...steps, 'riepilogo', ...(needsBolloStep(l) ? ['bollo'] : []), ...(needsPayment(l) ? ['pagamento'] : []), 'conferma'];
}

export function titleOf(l: Loaded | undefined, locale: Locale, position: Position): string {
  if (!position.startsWith(FORM_PREFIX)) return t(locale, TITLES[position] ?? 'summaryTitle');
  const key = position.slice(FORM_PREFIX.length);
  return l?.model.steps.find((s) => s.key === key)?.title || l?.form.title || '';
}

/** Where the citizen sees a pratica: the ente's area personale if configured, else the backend's page. */
export function praticaUrl(config: SdcConfig | undefined, baseUrl: string | undefined, locale: Locale, id: string): string | undefined {
  const area = config?.areaPersonaleUrl;
  if (area) return `${area}${area.includes('?') ? '&' : '?'}pratica=${encodeURIComponent(id)}`;
  return baseUrl ? `${baseUrl}/${locale}/pratiche/${encodeURIComponent(id)}/detail` : undefined;
}
