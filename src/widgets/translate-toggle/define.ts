import { useRememberedLanguage } from '../../core/i18n/index.js';
import { TranslateToggle } from './translate-toggle.js';

// Widgets follow the visitor's remembered choice wherever the toggle that can undo it is on the page.
useRememberedLanguage();
TranslateToggle.define();

export { TranslateToggle };

declare global {
  interface HTMLElementTagNameMap {
    'translate-toggle': TranslateToggle;
  }
}
