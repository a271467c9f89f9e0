/**
 * Lets the browser run other tasks (input, paint) before going on: opening a big project is
 * several steps of main-thread work, and one task holding all of them was the longest task of
 * the open (issue 21: no task over 200 ms while opening 10,000 cards). A message-channel turn,
 * not setTimeout, whose nested calls are clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
