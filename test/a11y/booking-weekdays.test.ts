// Booking's weekday headers at 360 px: never broken inside a word (a broken Urdu word changes its letter shapes);
// the short or narrow form that fits is shown, the full name is what assistive tech reads.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/widgets/book-appointment/define.js';
import type { BookAppointment } from '../../src/widgets/book-appointment/book-appointment.js';
import { ensureStrings, formatDate, supportedLanguages } from '../../src/core/i18n/index.js';

const NOW = Date.parse('2026-03-02T00:00:00Z');

describe('booking weekday headers', function () {
  this.timeout(60_000);
  before(() => setViewport({ width: 360, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [360, 280]) {
    it(`never break inside a word, in any language, in ${width} px`, async () => {
      const broken: string[] = [];
      for (const lang of supportedLanguages()) {
        await ensureStrings(lang);
        const box = fixtureSync<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
        const el = document.createElement('book-appointment') as BookAppointment;
        for (const [k, v] of Object.entries({
          lang,
          timezone: 'Asia/Kolkata',
          hours: 'mon-fri 18:00-20:00',
          horizon: '14',
        }))
          el.setAttribute(k, v);
        el.now = NOW;
        box.append(el);
        await el.updateComplete;
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('thead th')];
        expect(headers).to.have.length(7);
        headers.forEach((th, i) => {
          const forms = [...th.querySelectorAll<HTMLElement>('[aria-hidden=true]')];
          const shown = forms.length ? forms.filter((s) => s.getClientRects().length) : [th];
          const style = getComputedStyle(th);
          const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (shown.length !== 1) broken.push(`${lang} ${i}: ${shown.length} visible forms`);
          else {
            const range = document.createRange();
            range.selectNodeContents(shown[0]);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top))).size;
            const used = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
            if (lines !== 1 || used > room + 0.5)
              broken.push(
                `${lang} ${i}: "${shown[0].textContent}" (${used.toFixed(1)} px in ${room.toFixed(1)} px, ${lines} lines)`,
              );
          }
          // The full name for assistive tech (1 Feb 2026 is a Sunday; the week starts on Monday here or Sunday).
          const hidden = th.querySelector('.visually-hidden')?.textContent;
          const names = [...Array(7)].map((_, d) =>
            formatDate(new Date(Date.UTC(2026, 1, 1 + d)), lang, { timeZone: 'UTC', weekday: 'long' }),
          );
          if (!hidden || !names.includes(hidden))
            broken.push(`${lang} ${i}: no full name for assistive tech (${hidden})`);
        });
        box.remove();
      }
      expect(broken).to.deep.equal([]);
    });
  }
});
