import { SdcAppointmentBooking } from './sdc-appointment-booking.js';

SdcAppointmentBooking.define('sdc-appointment-booking');

declare global {
  interface HTMLElementTagNameMap {
    'sdc-appointment-booking': SdcAppointmentBooking;
  }
}
