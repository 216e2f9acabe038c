import { defineMessages } from '../i18n/messages.js';

export const uiMessages = defineMessages({
  it: {
    loading: 'Caricamento in corso…',
    retry: 'Riprova',
    errorTitle: 'Non è stato possibile caricare i contenuti',
    errorWhat: 'Cosa puoi fare: controlla la connessione e riprova. Se il problema continua, riprova più tardi.',
    loginTitle: 'Accedi per continuare',
    loginText: 'Per vedere questa sezione devi accedere con la tua identità digitale.',
    login: 'Accedi con SPID o CIE',
    close: 'Chiudi',
    newWindow: '(si apre in una nuova finestra)',
    previous: 'Pagina precedente',
    next: 'Pagina successiva',
    page: 'Pagina {page}',
    pagination: 'Navigazione tra le pagine',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    errorTitle: 'The content could not be loaded',
    errorWhat: 'What you can do: check your connection and try again. If the problem persists, try later.',
    loginTitle: 'Log in to continue',
    loginText: 'To see this section you need to log in with your digital identity.',
    login: 'Log in with SPID or CIE',
    close: 'Close',
    newWindow: '(opens in a new window)',
    previous: 'Previous page',
    next: 'Next page',
    page: 'Page {page}',
    pagination: 'Pagination',
  },
});
