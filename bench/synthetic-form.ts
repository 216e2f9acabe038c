/**
 * Synthetic Form.io wizards for the form-engine benchmark (issue 4 "Speed"): `fields` textfields in
 * panels of 25, every field required + pattern, one in three conditional on the field before it
 * (rotating the three condition formats: legacy, simple, JSONLogic).
 */
export interface SyntheticOptions {
  fields: number;
  perPanel?: number;
}

export function syntheticForm({ fields, perPanel = 25 }: SyntheticOptions): Record<string, unknown> {
  const panels: Record<string, unknown>[] = [];
  for (let p = 0; p * perPanel < fields; p++) {
    const components: Record<string, unknown>[] = [];
    for (let i = p * perPanel; i < Math.min(fields, (p + 1) * perPanel); i++) {
      const c: Record<string, unknown> = {
        type: 'textfield',
        key: `campo_${i}`,
        label: `Campo ${i}`,
        input: true,
        validate: { required: true, pattern: '[A-Za-z ]{2,40}' },
      };
      if (i % 3 === 2) {
        const when = `campo_${i - 1}`;
        const f = Math.floor(i / 3) % 3;
        c.conditional = f === 0
          ? { show: true, when, eq: 'si' }
          : f === 1
            ? { show: true, conjunction: 'all', conditions: [{ component: when, operator: 'isEqual', value: 'si' }] }
            : { json: { '==': [{ var: `data.${when}` }, 'si'] } };
      }
      components.push(c);
    }
    panels.push({ type: 'panel', key: `pagina_${p + 1}`, title: `Pagina ${p + 1}`, input: false, components });
  }
  return { title: `Modulo sintetico (${fields} campi)`, display: 'wizard', components: panels };
}
