import type { Translation } from './stepper.messages.js';

export default {
  label: 'Steps of the request',
  count: 'Step {n} of {total}',
  done: 'Completed:',
  current: 'Current:',
  todo: 'To do:',
  goTo: 'Back to step {n}: {title}',
} satisfies Translation;
