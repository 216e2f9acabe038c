import type { Issue } from './types.js';

/** True when at least one issue blocks (severity `error`). Warnings never block. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

export function errorsOnly(issues: readonly Issue[]): Issue[] {
  return issues.filter((i) => i.severity === 'error');
}
