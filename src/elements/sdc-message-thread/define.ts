import { SdcMessageThread } from './sdc-message-thread.js';

SdcMessageThread.define('sdc-message-thread');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-message-thread': SdcMessageThread;
  }
}
