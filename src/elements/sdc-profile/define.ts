import { SdcProfile } from './sdc-profile.js';

SdcProfile.define('sdc-profile');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-profile': SdcProfile;
  }
}
