import { BookAppointment } from './book-appointment.js';

BookAppointment.define();

export { BookAppointment };

declare global {
  interface HTMLElementTagNameMap {
    'book-appointment': BookAppointment;
  }
}
