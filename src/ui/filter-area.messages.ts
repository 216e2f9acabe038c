import { defineMessages } from '../i18n/messages.js';

export const filterAreaMessages = defineMessages({
  it: {
    toggle: 'Filtri',
    toggleCount: 'Filtri ({n})',
    toggleHint: '{n} filtri attivi',
  },
  en: {
    toggle: 'Filters',
    toggleCount: 'Filters ({n})',
    toggleHint: '{n} active filters',
  },
});
