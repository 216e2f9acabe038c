/** The languages the kit speaks. Italian is the default everywhere and the source of every catalogue. */
export type Locale = 'it' | 'en' | 'de';
export const DEFAULT_LOCALE: Locale = 'it';
export const LOCALES: readonly Locale[] = ['it', 'en', 'de'];

/** Narrows any tag (`it-IT`, `EN`, `en-GB`, `de-AT`) to a supported locale; anything else is Italian. */
export function toLocale(tag: string | null | undefined): Locale {
  const t = tag?.toLowerCase() ?? '';
  if (t.startsWith('en')) return 'en';
  if (t.startsWith('de')) return 'de';
  return DEFAULT_LOCALE;
}

/** The BCP 47 tag `Intl` formats a locale with (dates, amounts, plural rules). */
const TAGS: Record<Locale, string> = { it: 'it-IT', en: 'en-GB', de: 'de-DE' };
export const localeTag = (locale: Locale): string => TAGS[locale];
