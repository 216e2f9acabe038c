import { SdcAreaPersonale } from './sdc-area-personale.js';
// The area is composed of public elements: each is imported and registered the first time its tab is shown.
SdcAreaPersonale.parts = {
  'sdc-pratiche-list': () => import('../sdc-pratiche-list/define.js'),
  'sdc-pratica-detail': () => import('../sdc-pratica-detail/define.js'),
  'sdc-messages-inbox': () => import('../sdc-messages-inbox/define.js'),
  'sdc-payments-list': () => import('../sdc-payments-list/define.js'),
  'sdc-meetings-list': () => import('../sdc-meetings-list/define.js'),
  'sdc-profile': () => import('../sdc-profile/define.js'),
};

SdcAreaPersonale.define('sdc-area-personale');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-area-personale': SdcAreaPersonale;
  }
}
