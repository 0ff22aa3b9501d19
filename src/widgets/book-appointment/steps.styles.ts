import { css } from 'lit';

/**
 * The look of the details form, the review and the confirmation: they load with the steps (steps.ts adds this sheet
 * to the widget's shadow root then), so that a visitor who only looks at the calendar does not download it.
 */
export const stepsStyles = css`
  form,
  .fields {
    display: grid;
    gap: 0.85rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='number'],
  textarea {
    inline-size: 100%;
    min-block-size: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--bw-booking-input, transparent);
    color: inherit;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.35rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    font-weight: 400;
  }
  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.15rem 0 0;
    flex: none;
  }
  .error {
    color: var(--_error);
    font-size: 0.925em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.1rem 1rem;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.4rem;
  }
  @container booking (min-width: 30rem) {
    dl {
      grid-template-columns: minmax(0, 35%) minmax(0, 1fr);
    }
    dd {
      margin: 0;
    }
  }
  /* Live regions stay in the page (hiding an empty one would keep screen readers from announcing it). */
  .messages {
    display: grid;
    gap: 0.5rem;
  }
  .messages:has(.status:empty):has([role='alert']:empty) {
    margin-block-start: calc(-1 * var(--_gap));
  }
  .payment {
    margin-block: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--bw-border, currentColor);
  }
  .qr {
    /* Reserved before the QR code's generator arrives, so nothing below moves. A QR code is dark on light in every theme. */
    inline-size: 184px;
    block-size: 184px;
    display: grid;
    place-items: center;
    forced-color-adjust: none;
  }
`;
