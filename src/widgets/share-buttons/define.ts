import { ShareButtons } from './share-buttons.js';

ShareButtons.define();

export { ShareButtons };

declare global {
  interface HTMLElementTagNameMap {
    'share-buttons': ShareButtons;
  }
}
