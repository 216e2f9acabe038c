import { defineMessages, type TranslationOf } from '../i18n/messages.js';

/** Italian: the default locale and the source of the keys. Translations: ./stepper.messages.en.ts, ./stepper.messages.de.ts. */
const it = {
  label: 'Passi della richiesta',
  count: 'Passo {n} di {total}',
  done: 'Completato:',
  current: 'Attivo:',
  todo: 'Da completare:',
  goTo: 'Torna al passo {n}: {title}',
};

/** What `./stepper.messages.<locale>.ts` exports: every key of `it`, nothing more. */
export type Translation = TranslationOf<typeof it>;

export const stepperMessages = defineMessages('stepper', it, {
  en: () => import('./stepper.messages.en.js'),
  de: () => import('./stepper.messages.de.js'),
});

declare module '../i18n/messages.js' {
  interface SdcMessageCatalogs { 'stepper': typeof it }
}
