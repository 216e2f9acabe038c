import { SdcLogin } from './sdc-login.js';

SdcLogin.define('sdc-login');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-login': SdcLogin;
  }
}
