import { DEFAULT_LOCALE, type Locale } from './locale.js';

export type Params = Record<string, string | number>;
export type Catalog<K extends string> = { it: Record<K, string>; en: Record<K, string> };
export type Translate<K extends string> = (locale: Locale, key: K, params?: Params) => string;

/**
 * Declares one area's messages in both languages and returns a typed translator.
 * Each element or module imports only its own catalogue, so a page that uses one element
 * does not download the strings of all the others. Placeholders are `{name}`.
 * Plurals: `{count, one {# risultato} other {# risultati}}`.
 */
export function defineMessages<K extends string>(catalog: Catalog<K>): Translate<K> {
  return (locale, key, params) => format(catalog[locale]?.[key] ?? catalog[DEFAULT_LOCALE][key] ?? key, params);
}

const PLURAL = /\{(\w+), one \{([^}]*)\} other \{([^}]*)\}\}/g;

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template
    .replace(PLURAL, (_, name: string, one: string, other: string) => {
      const n = Number(params[name]);
      return (n === 1 ? one : other).replace('#', String(params[name]));
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
