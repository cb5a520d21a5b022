// The page's first script (index.html), ahead of the entry (renderer/main.tsx), and it imports
// nothing: it only asks for this origin's localStorage. In a new browser process the browser first
// loads the origin's storage from disk, and the first use waits for it (a synchronous wait of
// 60–120 ms of a quiet start, longer on a busy machine: test/bench/start-up.ts, TPP_BENCH_TRACE).
// Asked here, that wait overlaps the fetching of the entry's modules, and is a task of its own
// rather than part of the entry's; the entry's read of the first-screen snapshot then finds it loaded.
try {
  void localStorage.length;
} catch {
  // No storage (refused): the entry reads no snapshot either.
}
performance.mark('app:storage-ready');
