import { SdcFeedback } from './sdc-feedback.js';

SdcFeedback.define('sdc-feedback');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-feedback': SdcFeedback;
  }
}
