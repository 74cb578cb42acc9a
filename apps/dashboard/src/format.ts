/** A compact, readable number: 4 significant digits, exponent form for very large or small magnitudes. */
export function fmt(v: number | null | undefined): string {
  if (v === null || v === undefined) return "–";
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}

/** Seconds as h:mm:ss (or m:ss under an hour). */
export function duration(sec: number): string {
  const s = Math.max(0, Math.round(sec));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return hh > 0 ? `${hh}:${String(mm).padStart(2, "0")}:${ss}` : `${mm}:${ss}`;
}

/** "3 min ago" from a time in ms. */
export function ago(ms: number, now = Date.now()): string {
  const s = Math.max(0, (now - ms) / 1000);
  if (s < 60) return "just now";
  if (s < 3600) return `${Math.floor(s / 60)} min ago`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ago`;
  return `${Math.floor(s / 86400)} d ago`;
}

// One formatter for all calls: toLocaleString builds a new Intl formatter each time, slow over 1,000 runs.
const GROUPED = new Intl.NumberFormat("en-US");

/** A count with thousands separators; "~" marks an estimate. */
export function count(n: number, exact = true): string {
  return `${exact ? "" : "~"}${GROUPED.format(n)}`;
}
