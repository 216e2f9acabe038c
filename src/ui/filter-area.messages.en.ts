import type { Translation } from './filter-area.messages.js';

export default {
  toggle: 'Filters',
  toggleCount: 'Filters ({n})',
  toggleHint: '{n} active filters',
} satisfies Translation;
