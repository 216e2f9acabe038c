/** src/api/forms.ts: where nested forms by reference are fetched from (opencity-api.md §6.1). */
import { expect } from '@open-wc/testing';
import { formServerBase, subformUrl } from '../../src/api/forms.js';

describe('api: form server URLs', () => {
  it('takes the flow_steps url as it is and a bare form server from the provider', () => {
    expect(formServerBase('https://form.stanzadelcittadino.it/form/')).to.equal('https://form.stanzadelcittadino.it/form/');
    expect(formServerBase('https://form.stanzadelcittadino.it')).to.equal('https://form.stanzadelcittadino.it/form/');
    expect(formServerBase('https://form-qa.stanzadelcittadino.it/form')).to.equal('https://form-qa.stanzadelcittadino.it/form/');
    expect(formServerBase('  ')).to.equal(undefined);
  });

  it('builds {server}{id}, keeps an absolute src, refuses what is not an id', () => {
    const server = 'https://form.stanzadelcittadino.it/form/';
    expect(subformUrl(server, '5d8c636c1953a2002b976f01')).to.equal('https://form.stanzadelcittadino.it/form/5d8c636c1953a2002b976f01');
    expect(subformUrl(server, 'https://altro.example.it/form/abc')).to.equal('https://altro.example.it/form/abc');
    expect(subformUrl(server, '../../api/users')).to.equal(undefined);
    expect(subformUrl(undefined, '5d8c636c1953a2002b976f01')).to.equal(undefined);
  });
});
