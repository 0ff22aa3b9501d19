// Every focusable element of a widget shows its whole focus ring: nothing that clips overflow (a line clamp, a
// fixed-height text block, a card with rounded corners) cuts it off. Titles are long enough to take two lines.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/widgets/popular-posts/define.js';
import '../../src/widgets/featured-post/define.js';
import { focusables, ringProblem, logKey, waitUntil } from '../helpers/index.js';
import { addWidgets, loaded } from '../helpers/widgets.js';

const blogger = (key: string) => `/mock/file=feeds~blogger.json,log=${key}/feeds/posts/default`;

async function ringsOf(host: HTMLElement): Promise<string[]> {
  await waitUntil(
    () => host.shadowRoot!.querySelector('[part~=title]') && !host.shadowRoot!.querySelector('[part~=skeleton]'),
    'never loaded',
    { timeout: 15_000 },
  );
  return rings(host);
}

async function rings(host: HTMLElement): Promise<string[]> {
  const problems: string[] = [];
  const targets = focusables(host);
  expect(targets.length).to.be.greaterThan(0);
  for (const target of targets) {
    // A key press first, so that the focus that follows is keyboard focus (:focus-visible).
    await sendKeys({ press: 'Shift' });
    target.focus();
    expect(target.matches(':focus-visible'), 'keyboard focus').to.equal(true);
    const problem = ringProblem(target, host);
    if (problem) problems.push(problem);
  }
  return problems;
}

describe('focus rings', function () {
  this.timeout(30_000);

  for (const layout of ['list', 'compact', 'cards']) {
    it(`<popular-posts layout="${layout}">: every post link shows its whole ring`, async () => {
      const el = await fixture<HTMLElement>(
        html`<popular-posts loading="eager" layout=${layout} style="inline-size: 220px" show-date snippet-words="10" src=${blogger(logKey('ring'))}></popular-posts>`,
      );
      // Two-line titles: the case that showed no ring at all.
      await waitUntil(() => el.shadowRoot!.querySelector('[part~=title]'), 'never loaded', { timeout: 15_000 });
      expect(el.shadowRoot!.querySelector('[part~=title]')!.getClientRects()[0].height).to.be.greaterThan(0);
      expect(await ringsOf(el)).to.deep.equal([]);
    });
  }

  for (const layout of ['horizontal', 'vertical']) {
    it(`<featured-post layout="${layout}">: the title link and "Read more" show their whole ring`, async () => {
      const el = await fixture<HTMLElement>(
        html`<featured-post loading="eager" layout=${layout} style="inline-size: 300px" src=${blogger(logKey('ring'))}></featured-post>`,
      );
      expect(await ringsOf(el)).to.deep.equal([]);
    });
  }

  for (const width of [320, 600]) {
    it(`every widget: every focusable element shows its whole ring (${width} px)`, async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"></div>`);
      const widgets = addWidgets(box);
      await waitUntil(() => widgets.every(loaded), 'never loaded', { timeout: 15_000 });
      const problems: string[] = [];
      for (const w of widgets) {
        if (w.localName === 'book-appointment') {
          // The later steps too: a day and a time chosen.
          w.shadowRoot!.querySelector<HTMLElement>('td[aria-disabled=false]')!.click();
          await (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
        if (w.localName === 'translate-toggle') {
          w.shadowRoot!.querySelector<HTMLElement>('#trigger')!.click();
          await (w as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
        problems.push(...(await rings(w)).map((p) => `${w.localName}: ${p}`));
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
