import type { FieldNode } from '../../forms/index.js';

/**
 * A field the wizard asks itself (privacy consent, marca da bollo), outside the Form.io JSON, drawn
 * by the same shared renderers as the form's fields so it looks and behaves the same.
 */
export function syntheticField(f: Pick<FieldNode, 'path' | 'label' | 'control'> & Partial<FieldNode>): FieldNode {
  return {
    kind: 'field',
    id: `w-${f.path.replace(/[^\w-]+/g, '-')}`,
    type: f.control,
    key: f.path,
    hideLabel: false,
    visible: true,
    component: {},
    required: true,
    locked: false,
    disabled: false,
    readonly: false,
    prefilled: false,
    multiple: false,
    ...f,
  };
}
