import type { DraftEnvelope } from '../../forms/index.js';

/** Physical marca da bollo entered in the wizard's own bollo step (pa-domain.md §2.1). */
export interface BolloEntry {
  identifier: string;
  /** ISO `yyyy-mm-dd`. */
  date: string;
  /** `hh:mm:ss`. */
  time: string;
  declaration: boolean;
}

export const EMPTY_BOLLO: BolloEntry = { identifier: '', date: '', time: '', declaration: false };

/**
 * What the wizard keeps on the device between visits (form-engines.md §5.6.5): the engine's draft
 * envelope plus where the citizen was and what lives outside the form (privacy consent, bollo, the
 * backend draft id). Survives reloads, crashes and an expired session; removed after submission.
 */
export interface LocalDraft {
  v: 1;
  serviceId: string;
  praticaId?: string;
  position: string;
  privacyAccepted: boolean;
  bollo?: BolloEntry;
  envelope: DraftEnvelope;
  savedAt: string;
  /** Last successful backend save: a device draft saved after it has changes the backend lacks. */
  syncedAt?: string;
  visited?: string[];
  /** The pratica was sent and waits for its payment (the pagoPA round trip reloads the page). */
  submitted?: boolean;
}

/** One draft per tenant, service and citizen: a shared computer never shows one citizen's data to another. */
export function localDraftKey(baseUrl: string, serviceId: string, userId: string | undefined): string {
  return `sdc-pratica-wizard:${baseUrl}|${serviceId}|${userId ?? 'anonimo'}`;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked storage (privacy mode, sandboxed iframe): drafts stay on the backend only
  }
}

export function readLocalDraft(key: string): LocalDraft | undefined {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Partial<LocalDraft>;
    if (!d || d.v !== 1 || typeof d.position !== 'string' || !d.envelope || typeof d.envelope !== 'object') return undefined;
    return d as LocalDraft;
  } catch {
    return undefined; // a corrupt entry is ignored, never an exception
  }
}

export function writeLocalDraft(key: string, draft: LocalDraft): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false; // quota: the backend draft still protects the data
  }
}

export function clearLocalDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    /* nothing to do */
  }
}
