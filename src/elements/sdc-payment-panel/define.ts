import { SdcPaymentPanel } from './sdc-payment-panel.js';

SdcPaymentPanel.define('sdc-payment-panel');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-payment-panel': SdcPaymentPanel;
  }
}
