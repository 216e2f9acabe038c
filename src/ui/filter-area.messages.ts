import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./filter-area.messages.en.ts, ./filter-area.messages.de.ts. */
const it = {
  toggle: 'Filtri',
  toggleCount: 'Filtri ({n})',
};

/** What `./filter-area.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

/** The phone filter toggle ("Filtri (2)") of the lists. */
export const filterAreaMessages = defineMessages('filter-area', it, {
  en: () => import('./filter-area.messages.en.js'),
  de: () => import('./filter-area.messages.de.js'),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'filter-area': typeof it }
}
