import { createFormModel, parseForm, type FormModel, type ModelOptions } from '../../src/forms/index.js';

/** Loads a fixture from test/forms/fixtures (served by the test runner). */
export async function fixture(name: string): Promise<Record<string, unknown>> {
  const res = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  if (!res.ok) throw new Error(`fixture ${name}: ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/** A one-page form made of the given components. */
export function model(components: unknown[], options: ModelOptions = {}, extra: Record<string, unknown> = {}): FormModel {
  return createFormModel(parseForm({ title: 'Prova', components, ...extra }).form, options);
}

export function messages(issues: { message: string }[]): string[] {
  return issues.map((i) => i.message);
}
