import type { Translation } from './filter-area.messages.js';

export default {
  toggle: 'Filters',
  toggleCount: 'Filters ({n})',
} satisfies Translation;
