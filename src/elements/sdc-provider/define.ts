import { SdcProvider } from './sdc-provider.js';

SdcProvider.define('sdc-provider');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-provider': SdcProvider;
  }
}
