/** Calls `show` the first time `el` comes near the viewport: charts far down a long page cost nothing until scrolled to. */
export function whenVisible(el: Element, show: () => void): () => void {
  const io = new IntersectionObserver(
    (entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        show();
      }
    },
    { rootMargin: "300px" },
  );
  io.observe(el);
  return () => io.disconnect();
}

/** Runs `fn` at most once per `ms`, with a trailing call so the last request is never lost. */
export function throttle(fn: () => void, ms: number): () => void {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer) return;
    const wait = Math.max(0, last + ms - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      last = performance.now();
      fn();
    }, wait);
  };
}

/** Calls `fn` once `ms` after the last call (slider drags). */
export function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}
