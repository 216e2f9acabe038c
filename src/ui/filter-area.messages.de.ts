import type { Translation } from './filter-area.messages.js';

export default {
  toggle: 'Filter',
  toggleCount: 'Filter ({n})',
} satisfies Translation;
