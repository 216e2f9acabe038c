import { SdcPraticaDetail } from './sdc-pratica-detail.js';

SdcPraticaDetail.define('sdc-pratica-detail');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-pratica-detail': SdcPraticaDetail;
  }
}
