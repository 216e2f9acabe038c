import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createPratica, getPratica, listPratiche, replacePraticaData } from '../../api/applications.js';
import type { SdcClient } from '../../api/http.js';
import type { Session } from '../../api/session.js';
import { systemClock, type Clock } from '../../core/clock.js';
import { parts } from './wizard-parts.js';
import { toSdcError } from '../../core/errors.js';
import { isUncertain } from './uncertain.js';
import { PRATICA_STATUS, type Pratica } from '../../domain/pratica.js';
import type { FormModel } from '../../forms/index.js';
import { toFormioData } from '../../forms/codec.js';
import { clearLocalDraft, writeLocalDraft, type BolloEntry, type LocalDraft } from './local-draft.js';
import type { Loaded } from './wizard-loader.js';
import { FORM_PREFIX } from './wizard-navigator.js';
import { awaitsPayment, needsPayment } from './wizard-steps.js';

/** How far before a lost create a found draft may be dated (device and backend clocks differ a little). */
const LOST_CREATE_SKEW_MS = 5 * 60_000;
/** A keystroke is kept on the device this long after the citizen stops typing. */
export const LIVE_SAVE_MS = 400;


/** What the drafts belong to, known once the service is loaded. */
export interface DraftTarget {
  client: SdcClient;
  serviceId: string;
  /** The device draft's storage key (tenant, service, citizen). */
  draftKey: string;
}

/** The device draft without what DraftSync itself keeps (backend id, sync time, save time). */
export type DraftSnapshot = Omit<LocalDraft, 'v' | 'praticaId' | 'syncedAt' | 'savedAt'>;

export interface DraftSavedDetail {
  pratica?: Pratica;
  local: boolean;
  savedAt: Date;
  /** "Salva richiesta" (the citizen asked), not a save on a step change. */
  explicit: boolean;
  /** The backend draft had disappeared and this save made a new one. */
  recreated: boolean;
}

export interface DraftSyncOptions {
  clock?: Clock;
  /** The state to keep on the device; undefined while there is nothing to keep (loading, conflict). */
  snapshot(): DraftSnapshot | undefined;
  /** The answers as the backend stores them in a draft (Form.io data, nested wrappers). */
  data(): Record<string, unknown>;
  session(): Session | undefined;
  onSaved(detail: DraftSavedDetail): void;
  /** A backend save failed: `unauthorized` (log in again) or anything else. */
  onFailed(kind: 'unauthorized' | 'other', explicit: boolean): void;
  /** The backend draft had disappeared (404/410): a new one was made from the answers. */
  onRecreated(): void;
}

/** What the wizard puts back around the form when it resumes a draft. */
export interface Restored {
  privacyAccepted: boolean;
  bollo?: BolloEntry;
  visited: string[];
  /** The step to open, if it is still a step of this form. */
  position?: string;
  /** Some saved answers belong to fields the form no longer has. */
  orphans: boolean;
}

/** The wizard's state around the answers, as the device draft keeps it. */
export interface WizardState {
  position: string;
  visited: string[];
  privacyAccepted: boolean;
  bollo: BolloEntry;
  submitted: boolean;
}

/** The device draft of a loaded wizard: its state, and the answers with the Form.io step being filled. */
export function snapshotOf(l: Loaded, s: WizardState): DraftSnapshot {
  const { position, visited } = s;
  return {
    serviceId: l.service.id, position, privacyAccepted: s.privacyAccepted, bollo: s.bollo, visited, submitted: s.submitted || undefined,
    envelope: l.model.toDraft({ currentStep: position.startsWith(FORM_PREFIX) ? position.slice(FORM_PREFIX.length) : null, visitedSteps: visited }),
  };
}

/** Where a freshly loaded wizard opens: a sent pratica, the device/portal choice, or a (possibly empty) draft. */
export type Opening =
  | { kind: 'submitted'; pratica: Pratica; awaitingPayment: boolean }
  | { kind: 'conflict'; local: LocalDraft; remote: Pratica }
  /** `announced`: a device draft brought back, which the wizard says (with "Ricomincia"). */
  | { kind: 'resume'; restored: Restored; announced?: LocalDraft };

/** A backend draft and whether it was just created with the data being saved. */
interface RemoteDraft {
  id: string;
  fresh: boolean;
}

/**
 * The citizen's draft in two places: on the device (every change, debounced while typing, flushed on
 * pagehide and disconnect) and on the backend (status 1000, on each step and on "Salva richiesta",
 * logged-in citizens only). One create whatever the callers; after a create without an answer it adopts
 * the draft the backend may have made; a draft that has disappeared (404/410) is made again from the
 * answers, never retried.
 */
export class DraftSync implements ReactiveController {
  /** The backend draft this wizard writes to. */
  remoteId?: string;
  /** Last successful backend save (ISO). */
  syncedAt?: string;
  #target?: DraftTarget;
  /** The pratica as last known (create answer, adopted or loaded), for `sdc-draft-saved`. */
  #pratica?: Pratica;
  #creating?: Promise<RemoteDraft>;
  /** When a create got no answer: the time the attempt started, so the next save looks for that draft. */
  #lostCreateSince?: number;
  #chain: Promise<unknown> = Promise.resolve();
  #cancelLive?: () => void;
  readonly #clock: Clock;

  constructor(
    host: ReactiveControllerHost,
    private readonly o: DraftSyncOptions,
  ) {
    this.#clock = o.clock ?? systemClock;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#flush);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#flush);
    // A keystroke still waiting for its debounced save is saved now (navigation, element removed).
    this.#flush();
  }

  /** A new service/citizen was loaded: forget the previous draft. */
  attach(target: DraftTarget | undefined, from: { remoteId?: string; syncedAt?: string; pratica?: Pratica } = {}): void {
    this.#target = target;
    this.remoteId = from.remoteId;
    this.syncedAt = from.syncedAt;
    this.#pratica = from.pratica;
    this.#lostCreateSince = undefined;
    this.#cancelLive?.();
    this.#cancelLive = undefined;
  }

  /** Attaches to the loaded service and decides which draft to open, resuming it when there is no choice to make. */
  open(l: Loaded, local?: LocalDraft, remote?: Pratica): Opening {
    this.attach({ client: l.client, serviceId: l.service.id, draftKey: l.draftKey });
    // A submitted pratica coming back from pagoPA (or a reload on the confirmation).
    if (local?.submitted && remote && local.praticaId === remote.id && remote.statusCode !== PRATICA_STATUS.DRAFT) {
      this.remoteId = remote.id;
      // Back from pagoPA the pratica may already have moved on (1520 → 1900): the payment step still
      // asks the backend for the payment's outcome before confirming (pa-domain.md §1.9).
      // The checkout record is read by the payment part, which the wizard imports before opening such a pratica.
      const awaitingPayment = awaitsPayment(l, remote.statusCode) || (needsPayment(l) && !!parts.payment.module?.detectReturn());
      return { kind: 'submitted', pratica: remote, awaitingPayment };
    }
    // Device answers newer than their last backend save: only the citizen knows which copy to keep.
    if (remote && local && local.praticaId === remote.id && local.savedAt > (local.syncedAt ?? '')) return { kind: 'conflict', local, remote };
    if (remote) return { kind: 'resume', restored: this.resumeRemote(l, remote, local) };
    if (local && !local.submitted && local.privacyAccepted) return { kind: 'resume', restored: this.resumeLocal(l.model, local), announced: local };
    return { kind: 'resume', restored: { privacyAccepted: false, visited: [], position: 'privacy', orphans: false } };
  }

  /** The citizen settled a device/portal conflict: resumes the copy chosen. */
  choose(l: Loaded, c: { local: LocalDraft; remote: Pratica }, useLocal: boolean): Restored {
    return useLocal ? this.resumeLocal(l.model, c.local) : this.resumeRemote(l, c.remote, c.local);
  }

  /** Resumes the device draft: its answers into the model, and the backend draft it points to. */
  resumeLocal(model: FormModel, local: LocalDraft): Restored {
    const result = model.loadDraft(local.envelope);
    this.remoteId = local.praticaId;
    this.syncedAt = local.syncedAt;
    return { privacyAccepted: local.privacyAccepted, bollo: local.bollo, visited: local.visited ?? [], position: local.position, orphans: result.orphans.length > 0 };
  }

  /**
   * Resumes a backend draft (`pratica-id`, or the portal's side of a conflict), with what the device
   * kept around it (bollo, visited steps, position) when the device draft belongs to it.
   */
  resumeRemote(l: Loaded, remote: Pratica, local?: LocalDraft): Restored {
    const data = toFormioData(l.form, remote.data);
    const savedAt = (remote.updatedAt ?? remote.createdAt).toISOString();
    const result = l.model.loadDraft({ version: 1, formId: l.form.id, formRevision: l.form.revision, data, currentStep: null, visitedSteps: [], savedAt });
    this.remoteId = remote.id;
    this.syncedAt = new Date(this.#clock.now()).toISOString();
    this.#pratica = remote;
    const same = local?.praticaId === remote.id;
    return {
      // A backend draft exists only after the consent was given.
      privacyAccepted: true,
      bollo: same ? local.bollo : undefined,
      visited: same ? local.visited ?? [] : [],
      position: same ? local.position : result.currentStep ? `${FORM_PREFIX}${result.currentStep}` : undefined,
      orphans: result.orphans.length > 0,
    };
  }

  /** A keystroke not yet on the device. */
  get pending(): boolean {
    return this.#cancelLive !== undefined;
  }

  /** Writes the device draft now. */
  saveLocal(): void {
    this.#cancelLive?.();
    this.#cancelLive = undefined;
    const target = this.#target;
    const snap = this.o.snapshot();
    if (!target || !snap) return;
    writeLocalDraft(target.draftKey, {
      ...snap,
      v: 1,
      praticaId: this.remoteId,
      savedAt: new Date(this.#clock.now()).toISOString(),
      syncedAt: this.syncedAt,
    });
  }

  /** While typing: the device draft a moment after the last keystroke. */
  saveSoon(): void {
    this.#cancelLive?.();
    this.#cancelLive = this.#clock.after(LIVE_SAVE_MS, () => this.saveLocal());
  }

  clearLocal(): void {
    if (this.#target) clearLocalDraft(this.#target.draftKey);
  }

  /** Waits for the backend saves under way (their failures are reported by `onFailed`). */
  settled(): Promise<void> {
    return this.#chain.then(() => undefined, () => undefined);
  }

  /**
   * Backend draft on "Salva richiesta" (explicit) and on each step change (silent), one at a time.
   * An anonymous citizen's draft is the device draft.
   */
  saveRemote(explicit: boolean): Promise<void> {
    if (!this.#target) return Promise.resolve();
    this.saveLocal();
    const run = async (): Promise<void> => {
      const session = this.o.session();
      if (!session?.token || session.isAnonymousUser) {
        if (explicit) this.o.onSaved({ local: true, savedAt: new Date(this.#clock.now()), explicit, recreated: false });
        return;
      }
      try {
        const before = this.remoteId;
        const id = await this.push(this.o.data());
        const savedAt = new Date(this.#clock.now());
        this.syncedAt = savedAt.toISOString();
        this.saveLocal();
        const pratica = await this.#known();
        this.o.onSaved({ pratica, local: false, savedAt, explicit, recreated: !!before && before !== id });
      } catch (e) {
        this.o.onFailed(toSdcError(e).kind === 'unauthorized' ? 'unauthorized' : 'other', explicit);
      }
    };
    const p = this.#chain.then(run, run);
    this.#chain = p;
    return p;
  }

  /**
   * The answers onto the backend draft (created when there is none). Returns its id. A draft that
   * has disappeared (deleted by the office, expired, backend restored: 404/410) is created again from
   * these answers, once; the dead id is never written again.
   */
  async push(data: Record<string, unknown>): Promise<string> {
    const target = this.#need();
    const { id, fresh } = await this.#ensure(data);
    if (fresh) return id;
    try {
      await replacePraticaData(target.client, id, data);
      return id;
    } catch (e) {
      if (toSdcError(e).kind !== 'not-found') throw e;
      if (this.remoteId === id) this.remoteId = undefined;
      this.#pratica = undefined;
      this.#lostCreateSince = undefined;
      const again = await this.#ensure(data);
      if (!again.fresh) await replacePraticaData(target.client, again.id, data);
      this.o.onRecreated();
      return again.id;
    }
  }

  #need(): DraftTarget {
    if (!this.#target) throw new Error('DraftSync: no target');
    return this.#target;
  }

  /** The pratica for `sdc-draft-saved`: read once when only its id is known (a resumed device draft). */
  async #known(): Promise<Pratica | undefined> {
    const id = this.remoteId;
    if (!id || !this.#target) return undefined;
    if (this.#pratica?.id !== id) this.#pratica = await getPratica(this.#target.client, id, { dedupe: false }).catch(() => undefined);
    return this.#pratica && { ...this.#pratica, updatedAt: new Date(this.#clock.now()) };
  }

  /** The backend draft, created once whatever the number of callers (double click). */
  #ensure(data: Record<string, unknown>): Promise<RemoteDraft> {
    const target = this.#need();
    if (this.remoteId) return Promise.resolve({ id: this.remoteId, fresh: false });
    this.#creating ??= (async (): Promise<RemoteDraft> => {
      // POST is not idempotent: after a create that got no answer, adopt the draft the backend may
      // have made instead of creating a second one (which would stay behind as an orphan).
      const adopted = await this.#findLostDraft(target);
      if (adopted) {
        this.remoteId = adopted.id;
        this.#pratica = adopted;
        this.saveLocal();
        return { id: adopted.id, fresh: false };
      }
      const startedAt = this.#clock.now();
      try {
        const p = await createPratica(target.client, { service: target.serviceId, data });
        this.remoteId = p.id;
        this.#pratica = p;
        this.saveLocal();
        return { id: p.id, fresh: true };
      } catch (e) {
        if (isUncertain(e)) this.#lostCreateSince ??= startedAt;
        throw e;
      }
    })().finally(() => {
      this.#creating = undefined;
    });
    return this.#creating;
  }

  /**
   * After a create without an answer: the newest draft of this service created since that attempt.
   * A failed lookup rejects, so nothing is created while it is unknown whether the draft exists.
   */
  async #findLostDraft(target: DraftTarget): Promise<Pratica | undefined> {
    const since = this.#lostCreateSince;
    if (since === undefined) return undefined;
    const page = await listPratiche(
      target.client,
      { serviceId: target.serviceId, status: PRATICA_STATUS.DRAFT, sort: 'DESC', limit: 5 },
      { dedupe: false },
    );
    this.#lostCreateSince = undefined;
    return page.items.find((p) => p.serviceId === target.serviceId && p.createdAt.getTime() >= since - LOST_CREATE_SKEW_MS);
  }

  readonly #flush = (): void => {
    if (this.#cancelLive) this.saveLocal();
  };
}
