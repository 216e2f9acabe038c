import { SdcMessagesInbox } from './sdc-messages-inbox.js';
// A conversation opens in place as the thread element: registering the inbox registers it.
import '../sdc-message-thread/define.js';

SdcMessagesInbox.define('sdc-messages-inbox');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-messages-inbox': SdcMessagesInbox;
  }
}
