import { SdcMeetingsList } from './sdc-meetings-list.js';

SdcMeetingsList.define('sdc-meetings-list');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-meetings-list': SdcMeetingsList;
  }
}
