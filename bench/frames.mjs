// What the bench and its probes share: medians and percentiles, and the frame recorder.

export const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};

export const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/**
 * p95 of the time between requestAnimationFrame callbacks while `action` runs, at CPU slowdown
 * `rate` (Chromium's DevTools throttling).
 */
export async function frameP95(page, action, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluate(() => {
    window.__frames = [];
    window.__rec = true;
    // The clock is read in the callback, not taken from rAF's argument: that argument is the
    // frame's vsync time, a multiple of 16.7 ms however late the frame's work started, and the
    // browser trace (run.mjs's cross-check) showed it hiding late frames.
    let last = performance.now();
    const loop = () => {
      const t = performance.now();
      window.__frames.push(t - last);
      last = t;
      if (window.__rec) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await action();
  const deltas = await page.evaluate(() => {
    window.__rec = false;
    return window.__frames.slice(2);
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return pct(deltas, 95);
}
