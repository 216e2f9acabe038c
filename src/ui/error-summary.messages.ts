import { defineMessages } from '../i18n/messages.js';

export const errorSummaryMessages = defineMessages({
  it: {
    title: 'C’è un problema',
    titleMany: 'Ci sono alcune informazioni mancanti o errate',
    warningsTitle: 'Controlla queste informazioni',
    warningsText: 'Non impediscono di proseguire: correggile oppure conferma che sono giuste.',
    confirm: 'Conferma e prosegui',
    titlePrefix: 'Errore: ',
  },
  en: {
    title: 'There is a problem',
    titleMany: 'Some information is missing or wrong',
    warningsTitle: 'Check this information',
    warningsText: 'It does not stop you from continuing: fix it or confirm it is right.',
    confirm: 'Confirm and continue',
    titlePrefix: 'Error: ',
  },
});
