import { SdcPraticaWizard } from './sdc-pratica-wizard.js';

SdcPraticaWizard.define('sdc-pratica-wizard');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-pratica-wizard': SdcPraticaWizard;
  }
}

export { SdcPraticaWizard };
