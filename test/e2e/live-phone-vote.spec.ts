/**
 * Phones in a live session vote with big touch targets (issue 18 item 4): at 390x844, every
 * button of the phone's vote is at least 44x44 CSS px (WCAG 2.5.5, Apple's and Google's touch
 * size) and on the first screen, reachable by a tap at its centre; the "+" of a card stays where
 * it was after a dot (a second tap at the same spot lands).
 */
import { expect, test } from '@playwright/test';
import { card, joinAs, startVotingSession, waitForMap } from './live-helpers';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

test('a phone votes with thumb-sized targets that stay put: every dot one tap', async ({ browser }) => {
  const { server } = await startVotingSession();
  try {
    const laptop = await joinAs(browser, server.url, 'Ana');
    await waitForMap(laptop.page);
    const phone = await joinAs(browser, server.url, 'Pat', PHONE);
    const voting = phone.page.getByTestId('phone-voting');
    await expect(voting).toContainText('2 dots left');
    await phone.page.screenshot({ path: 'test-results/phone-vote-390x844.png', fullPage: true });

    // Every button of the vote: at least 44 px each way, inside the screen's width.
    const boxes = await voting.getByRole('button').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? el.textContent, w: Math.round(r.width), h: Math.round(r.height), right: r.right };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const b of boxes) {
      expect(b.w, `${b.name} width`).toBeGreaterThanOrEqual(44);
      expect(b.h, `${b.name} height`).toBeGreaterThanOrEqual(44);
      expect(b.right, `${b.name} inside the screen`).toBeLessThanOrEqual(390);
    }

    // The vote is the first thing below the agenda while it is open: each of its buttons is on
    // the first screen, and a tap at its centre reaches it (no form to scroll past, no message over it).
    const voteTop = (await voting.getByRole('heading', { name: 'Your dots' }).boundingBox())!.y;
    const formTop = (await phone.page.getByRole('heading', { name: 'Add your ideas' }).boundingBox())!.y;
    expect(voteTop).toBeLessThan(formTop);
    const reached = await voting.getByRole('button').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return `${el.getAttribute('aria-label')}: ${r.bottom <= innerHeight && !!hit && el.contains(hit) ? 'reached' : 'not reached'}`;
      }),
    );
    expect(reached.filter((r) => r.endsWith('not reached'))).toEqual([]);

    // The "+" measured once; two taps at that spot are two dots.
    const plus = voting.getByRole('button', { name: /Add a dot to “Pricing page is confusing”/ });
    await plus.scrollIntoViewIfNeeded();
    const at = (await plus.boundingBox())!;
    await phone.page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
    await expect(voting).toContainText('1 dot left');
    await phone.page.touchscreen.tap(at.x + at.width / 2, at.y + at.height / 2);
    await expect(voting).toContainText('0 dots left');
    await expect(card(laptop.page, 'Pricing page is confusing').getByTestId('vote-count')).toHaveAttribute('aria-label', '2 dots');
    await phone.page.screenshot({ path: 'test-results/phone-vote-390x844-voted.png', fullPage: true });
    await laptop.context.close();
    await phone.context.close();
  } finally {
    await server.end();
  }
});
