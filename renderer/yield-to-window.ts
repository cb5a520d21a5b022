/**
 * A macrotask turn: scheduler.yield() where the browser has it, else a MessageChannel message (no
 * 4 ms clamp, as a nested timer has). Imports nothing, so the page's entry (renderer/main.tsx, which
 * the first paint waits for) can use it as well as the app.
 */
export function yieldToWindow(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
