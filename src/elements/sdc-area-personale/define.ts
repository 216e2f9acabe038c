import { SdcAreaPersonale } from './sdc-area-personale.js';
// The area is composed of these public elements: registering it registers them.
import '../sdc-pratiche-list/define.js';
import '../sdc-pratica-detail/define.js';
import '../sdc-payments-list/define.js';
import '../sdc-profile/define.js';
import '../sdc-meetings-list/define.js';
import '../sdc-messages-inbox/define.js';

SdcAreaPersonale.define('sdc-area-personale');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-area-personale': SdcAreaPersonale;
  }
}
