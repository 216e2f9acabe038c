import '../sdc-feedback/define.js';
import { SdcServiceCard } from './sdc-service-card.js';

SdcServiceCard.define('sdc-service-card');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-service-card': SdcServiceCard;
  }
}
