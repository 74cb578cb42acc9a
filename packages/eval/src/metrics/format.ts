// Python's number formatting, so text reports match scikit-learn's character for character.

/** Python's `repr(float)`: shortest round-trip digits, '.0' on integers, exponent outside [1e-4, 1e16). */
export function pyRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return `${sign}0.0`;
  // toExponential() without an argument gives the shortest digits that round-trip, like Python.
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  if (exp < 0) return `${sign}0.${"0".repeat(-exp - 1)}${digits}`;
  const int = digits.slice(0, exp + 1).padEnd(exp + 1, "0");
  const frac = digits.slice(exp + 1);
  return `${sign}${int}.${frac === "" ? "0" : frac}`;
}

/** Python's `format(x, '.{digits}f')`: exact decimal rounding with ties to even (JS toFixed breaks ties upward). */
export function pyFixed(x: number, digits: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const a = Math.abs(x);
  const rounded = a.toFixed(digits);
  // A tie needs the exact binary value to end in 5 right after the last kept digit; toFixed(100)
  // shows the exact expansion of any double whose fraction fits in 100 decimals, which covers it.
  const [int, frac] = a.toFixed(100).split(".") as [string, string];
  const isTie = frac[digits] === "5" && /^0*$/.test(frac.slice(digits + 1));
  if (!isTie) return sign + rounded;
  const kept = int + frac.slice(0, digits);
  if (Number(kept[kept.length - 1]) % 2 === 1) return sign + rounded;
  return sign + (digits === 0 ? int : `${int}.${frac.slice(0, digits)}`);
}

/** Python's `'{:>{width}}'.format(s)`, counting code points as Python does. */
export function padLeft(s: string, width: number): string {
  const len = [...s].length;
  return len >= width ? s : " ".repeat(width - len) + s;
}

/** Length in code points, as Python's `len`. */
export function pyLen(s: string): number {
  return [...s].length;
}
