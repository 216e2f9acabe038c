import { SdcPraticheList } from './sdc-pratiche-list.js';

SdcPraticheList.define('sdc-pratiche-list');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-pratiche-list': SdcPraticheList;
  }
}
