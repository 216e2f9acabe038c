import { SdcPaymentsList } from './sdc-payments-list.js';

SdcPaymentsList.define('sdc-payments-list');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-payments-list': SdcPaymentsList;
  }
}
