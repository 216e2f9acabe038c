import { defineMessages } from '../i18n/messages.js';

export const filterAreaMessages = defineMessages({
  it: {
    toggle: 'Filtri',
    toggleCount: 'Filtri ({n})',
  },
  en: {
    toggle: 'Filters',
    toggleCount: 'Filters ({n})',
  },
});
