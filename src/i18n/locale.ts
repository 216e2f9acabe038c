/** The languages the kit speaks. Italian is the default everywhere. */
export type Locale = 'it' | 'en';
export const DEFAULT_LOCALE: Locale = 'it';

/** Narrows any tag (`it-IT`, `EN`, `en-GB`) to a supported locale; anything else is Italian. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}
