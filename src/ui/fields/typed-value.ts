import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

/**
 * `.value=${typed(shown, means)}`: like Lit's `live`, writes `shown` only when the input does not
 * already hold it, and also leaves alone what the citizen typed when it means the stored value
 * (`1.020,50` for 1020.5, `09` for 9). A render never rewrites a field under the caret because the
 * engine stores a normalised value; a value set by the host (a draft, a prefill) still shows.
 */
class TypedValueDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY) throw new Error('`typed` binds an input’s `.value`');
  }

  render(shown: string, _means?: (text: string) => boolean): string {
    return shown;
  }

  override update(part: PropertyPart, [shown, means]: [string, ((text: string) => boolean)?]): unknown {
    const current = (part.element as HTMLInputElement).value;
    if (current === shown || (means && current !== '' && means(current))) return noChange;
    setCommittedValue(part);
    return shown;
  }
}

export const typed = directive(TypedValueDirective);
