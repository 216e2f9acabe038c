import { SdcError, kindOfStatus, type SdcErrorKind } from '../../core/errors.js';

/**
 * Builds the SdcError of a non-2xx response from whatever body the backend sent.
 * OpenCity has no single error envelope (opencity-api.md §7.2): string arrays, `{type,title,errors}`,
 * `{type,title,description}`, bare strings, `{code,message}` (Lexik JWT), `{status,message}` (uploads),
 * `{error}` (session-auth), plus proxies' HTML pages and truncated bodies. This is the one place that reads them.
 */
export function errorFromResponse(status: number, body: unknown, text: string, url?: string): SdcError {
  const kind: SdcErrorKind = kindOfStatus(status);
  const { detail, fields } = readErrorBody(body, text);
  return new SdcError(kind, {
    status,
    url,
    detail,
    fields: kind === 'validation' ? (fields ?? (detail ? { '': [detail] } : undefined)) : undefined,
  });
}

interface ErrorInfo {
  detail?: string;
  fields?: Record<string, string[]>;
}

export function readErrorBody(body: unknown, text: string): ErrorInfo {
  if (body === undefined) return { detail: htmlOrTextDetail(text) };
  if (typeof body === 'string') return { detail: body || undefined };
  if (Array.isArray(body)) {
    const msgs = flattenStrings(body);
    return { detail: msgs.join('; ') || undefined };
  }
  if (body && typeof body === 'object') {
    const o = body as Record<string, unknown>;
    // {type:"validation_error", title, errors:["<msg>: <field>", [nested…]]}
    if (Array.isArray(o.errors)) {
      const fields = fieldsFromMessages(flattenStrings(o.errors));
      return { detail: str(o.title) ?? str(o.description) ?? str(o.message), fields };
    }
    // {errors: {field: ["msg"]}} (Symfony/JSON:API-ish variants)
    if (o.errors && typeof o.errors === 'object') {
      const fields: Record<string, string[]> = {};
      for (const [k, v] of Object.entries(o.errors as Record<string, unknown>)) {
        const msgs = Array.isArray(v) ? flattenStrings(v) : typeof v === 'string' ? [v] : [];
        if (msgs.length) fields[k] = msgs;
      }
      return { detail: str(o.title) ?? str(o.message), fields: Object.keys(fields).length ? fields : undefined };
    }
    // {type:"error", title, description} | {code, message} | {status:"error", message} | {error} | RFC 7807 {detail}
    const detail = str(o.description) ?? str(o.message) ?? str(o.detail) ?? str(o.error) ?? str(o.title);
    return { detail };
  }
  return { detail: text ? htmlOrTextDetail(text) : undefined };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function flattenStrings(a: unknown[]): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  a.forEach(walk);
  return out;
}

/** `"This value should not be blank.: email"` → `{email: ["This value should not be blank."]}`; no field → key `''`. */
function fieldsFromMessages(msgs: string[]): Record<string, string[]> | undefined {
  if (!msgs.length) return undefined;
  const fields: Record<string, string[]> = {};
  for (const m of msgs) {
    const i = m.lastIndexOf(': ');
    const field = i > 0 ? m.slice(i + 2).trim() : '';
    const msg = i > 0 && /^[\w.[\]-]+$/.test(field) ? m.slice(0, i).trim() : m;
    const key = i > 0 && /^[\w.[\]-]+$/.test(field) ? field : '';
    (fields[key] ??= []).push(msg);
  }
  return fields;
}

/** The `<title>` of an HTML error page, or the first line of plain text, kept short. */
function htmlOrTextDetail(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (t.startsWith('<')) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(t)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(t)?.[1];
    const plain = (title ?? t.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    return plain.slice(0, 200) || undefined;
  }
  return t.slice(0, 200);
}
