import { SdcPraticaDetail } from './sdc-pratica-detail.js';

// The messages and the payment are public elements, imported the first time a pratica shows them.
SdcPraticaDetail.parts = {
  'sdc-message-thread': () => import('../sdc-message-thread/define.js'),
  'sdc-payment-panel': () => import('../sdc-payment-panel/define.js'),
};

SdcPraticaDetail.define('sdc-pratica-detail');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-pratica-detail': SdcPraticaDetail;
  }
}
