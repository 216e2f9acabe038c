import { SdcServiceList } from './sdc-service-list.js';

SdcServiceList.define('sdc-service-list');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-service-list': SdcServiceList;
  }
}
