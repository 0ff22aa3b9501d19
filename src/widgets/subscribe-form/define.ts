import { SubscribeForm } from './subscribe-form.js';

SubscribeForm.define();

export { SubscribeForm };

declare global {
  interface HTMLElementTagNameMap {
    'subscribe-form': SubscribeForm;
  }
}
