/**
 * The unsent message of a thread, kept in sessionStorage so it survives a full page load — above all the
 * login after a 401, which navigates away and back. Only the text and the names of the attached files are
 * kept: a File cannot be stored, so the citizen is told to attach them again. Never tokens or session data.
 */
export interface StoredDraft {
  text: string;
  fileNames: string[];
  /** True when the message was sent and refused because the session had expired. */
  failed: boolean;
}

const PREFIX = 'sdc-message-thread:draft:';

function storage(): Storage | undefined {
  try {
    // Sandboxed iframes or disabled storage throw on access.
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

export function draftKey(baseUrl: string | undefined, praticaId: string): string {
  return `${PREFIX}${baseUrl ?? ''}|${praticaId}`;
}

export function saveDraft(key: string, draft: StoredDraft): void {
  const s = storage();
  if (!s) return;
  try {
    if (draft.text.trim() === '' && !draft.fileNames.length) s.removeItem(key);
    else s.setItem(key, JSON.stringify({ text: draft.text, fileNames: draft.fileNames, failed: draft.failed }));
  } catch {
    // Quota exceeded or storage disabled: the draft just is not kept across a reload.
  }
}

export function loadDraft(key: string): StoredDraft | undefined {
  const raw = storage()?.getItem(key);
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<StoredDraft>;
    if (typeof v.text !== 'string') return undefined;
    const fileNames = Array.isArray(v.fileNames) ? v.fileNames.filter((n): n is string => typeof n === 'string') : [];
    return { text: v.text, fileNames, failed: v.failed === true };
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
