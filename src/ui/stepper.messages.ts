import { defineMessages } from '../i18n/messages.js';

export const stepperMessages = defineMessages({
  it: {
    label: 'Passi della richiesta',
    count: 'Passo {n} di {total}',
    done: 'Completato:',
    current: 'Attivo:',
    todo: 'Da completare:',
    goTo: 'Torna al passo {n}: {title}',
  },
  en: {
    label: 'Steps of the request',
    count: 'Step {n} of {total}',
    done: 'Completed:',
    current: 'Current:',
    todo: 'To do:',
    goTo: 'Back to step {n}: {title}',
  },
});
