// Starts the configurator on demo/get.html. The library itself is loaded by the page (/src/index.ts).
import { Configurator } from './configurator.js';

const root = document.querySelector<HTMLElement>('#app');
if (root) {
  const configurator = new Configurator(root, { samplesUrl: new URL('./index.html', location.href).href });
  (window as unknown as { configurator: Configurator }).configurator = configurator;
  configurator.start();
}
