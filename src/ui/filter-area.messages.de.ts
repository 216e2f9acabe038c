import type { Translation } from './filter-area.messages.js';

export default {
  toggle: 'Filter',
  toggleCount: 'Filter ({n})',
  toggleHint: '{n} aktive Filter',
} satisfies Translation;
