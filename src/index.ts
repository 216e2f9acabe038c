/**
 * sdc-widgets: registers every element. Import a single element instead with
 * `sdc-widgets/elements/<tag>` to download only what a page uses.
 */
export { SdcElement } from './core/sdc-element.js';
export { defineElement } from './core/define.js';
export { configContext, type SdcConfig } from './core/context.js';
export type { SdcEventMap } from './core/events.js';
export { VERSION } from './core/version.js';
export { SdcError } from './core/errors.js';
export * from './i18n/index.js';

export { SdcLogin } from './elements/sdc-login/sdc-login.js';
export { SdcServiceList } from './elements/sdc-service-list/sdc-service-list.js';
export { SdcServiceCard } from './elements/sdc-service-card/sdc-service-card.js';
export { SdcFeedback } from './elements/sdc-feedback/sdc-feedback.js';
export { SdcPraticaWizard } from './elements/sdc-pratica-wizard/sdc-pratica-wizard.js';
export { SdcPaymentPanel } from './elements/sdc-payment-panel/sdc-payment-panel.js';
export { SdcMessageThread } from './elements/sdc-message-thread/sdc-message-thread.js';
export { SdcMessagesInbox } from './elements/sdc-messages-inbox/sdc-messages-inbox.js';
export { SdcPraticheList } from './elements/sdc-pratiche-list/sdc-pratiche-list.js';
export { SdcPraticaDetail } from './elements/sdc-pratica-detail/sdc-pratica-detail.js';
export { SdcPaymentsList } from './elements/sdc-payments-list/sdc-payments-list.js';
export { SdcProfile } from './elements/sdc-profile/sdc-profile.js';
export { SdcMeetingsList } from './elements/sdc-meetings-list/sdc-meetings-list.js';
export { SdcAreaPersonale } from './elements/sdc-area-personale/sdc-area-personale.js';
export { SdcAppointmentBooking } from './elements/sdc-appointment-booking/sdc-appointment-booking.js';
export { SdcProvider } from './elements/sdc-provider/sdc-provider.js';

// Space for elements not yet defined (a lazy chunk, a second copy): a page that loads the kit late
// also pastes the same CSS in its <head> (README, "Pagine dell'ente: CSS e spazio riservato").
import { reserveSpace } from './core/reserve-styles.js';
export { reserveSpace } from './core/reserve-styles.js';
if (typeof document !== 'undefined') reserveSpace(document);

// Consumers are registered before the provider on purpose: the ContextRoot makes the order
// irrelevant, and the built bundle's test proves it.
import './elements/sdc-login/define.js';
import './elements/sdc-service-list/define.js';
import './elements/sdc-service-card/define.js';
import './elements/sdc-feedback/define.js';
import './elements/sdc-pratica-wizard/define.js';
import './elements/sdc-payment-panel/define.js';
import './elements/sdc-message-thread/define.js';
import './elements/sdc-messages-inbox/define.js';
import './elements/sdc-pratiche-list/define.js';
import './elements/sdc-pratica-detail/define.js';
import './elements/sdc-payments-list/define.js';
import './elements/sdc-profile/define.js';
import './elements/sdc-meetings-list/define.js';
import './elements/sdc-area-personale/define.js';
import './elements/sdc-appointment-booking/define.js';
import './elements/sdc-provider/define.js';
