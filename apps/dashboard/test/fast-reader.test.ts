import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLine, type RunEvent } from "../../../packages/node/src/dashboard/events.js";
import { parseFlat } from "../../../packages/node/src/dashboard/flat-json.js";
import { scanLines } from "../../../packages/node/src/dashboard/jsonl.js";
import { learnScalar, matchScalar } from "../../../packages/node/src/dashboard/scalar-line.js";

/** Key/value pairs in order, numbers as strings so -0 and 0 differ and any double compares exactly. */
function entries(o: unknown): unknown {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return ["not a flat object", o];
  return Object.entries(o).map(([k, v]) => [k, typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : v]);
}

/** What JSON.parse makes of a line, or FAIL. */
const FAIL = Symbol("fail");
function reference(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return FAIL;
  }
}

const WS = fc.constantFrom("", "", "", " ", "  ", "\t", "\r", "\n", "\u00a0", "\ufeff");
const KEY = fc.oneof(fc.constantFrom("step", "wall", "kind", "tag", "value", "__proto__", "", "0", "12", "constructor", "a b", "é"), fc.string({ maxLength: 6 }));
const NUMBER = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 20 })).map(([d, k]) => d.toFixed(k)),
  fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 1, max: 21 })).map(([d, k]) => d.toPrecision(k)),
  fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 20 })).map(([d, k]) => d.toExponential(k)),
  fc.integer().map(String),
  // Digit strings of any length, some of them not JSON (leading zeros, "1.", "1e").
  fc
    .tuple(fc.constantFrom("", "-", "+"), fc.stringMatching(/^[0-9]{0,25}$/), fc.option(fc.stringMatching(/^[0-9]{0,25}$/)), fc.option(fc.tuple(fc.constantFrom("e", "E"), fc.constantFrom("", "+", "-"), fc.stringMatching(/^[0-9]{0,4}$/))))
    .map(([sign, int, frac, exp]) => `${sign}${int}${frac === null ? "" : `.${frac}`}${exp === null ? "" : exp.join("")}`),
  fc.constantFrom("-0", "-0.0", "0", "0.1", "1e400", "-1e-400", "9007199254740993", "9007199254740992.5", "0.30000000000000004", "1764361200.523", ".5", "0x10", "Infinity", "NaN", "-", "01"),
);
const STRING = fc
  .oneof(fc.constantFrom("scalar", "train/loss", "train/los", "train/loss2", "val/loss", "NaN", "Infinity", "-Infinity", ""), fc.string({ maxLength: 8 }), fc.string({ maxLength: 8, unit: "binary" }))
  .map((s) => JSON.stringify(s));
const RAW_STRING = fc.string({ maxLength: 8, unit: "binary" }).map((s) => `"${s}"`);
const OTHER = fc.constantFrom("null", "true", "false", "nul", "True", "{}", "[1,2]", '{"a":1}', "[]", '"\\u0041"', '"a\\"b"');
const VALUE = fc.oneof({ arbitrary: NUMBER, weight: 4 }, { arbitrary: STRING, weight: 3 }, { arbitrary: RAW_STRING, weight: 1 }, { arbitrary: OTHER, weight: 1 });
const PAIR = fc.tuple(WS, KEY, WS, WS, VALUE, WS).map(([a, k, b, c, v, d]) => `${a}${JSON.stringify(k)}${b}:${c}${v}${d}`);

/** A line the fast path should take: JSON whitespace, plain keys, numbers and plain strings. */
const JSON_WS = fc.constantFrom("", "", "", " ", "\t", "\r");
const PLAIN = fc.stringMatching(/^[ -!#-[\]-~]{0,10}$/).map((s) => `"${s}"`);
const CLEAN_PAIR = fc
  .tuple(JSON_WS, fc.oneof(fc.constantFrom("step", "wall", "kind", "tag", "value"), fc.stringMatching(/^[a-z0-9_]{0,6}$/)), JSON_WS, fc.oneof(fc.integer().map(String), fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), PLAIN, fc.constantFrom("null", "true", "false")))
  .map(([a, k, b, v]) => `${a}"${k}"${b}:${a}${v}${b}`);
const CLEAN_LINE = fc.tuple(JSON_WS, fc.array(CLEAN_PAIR, { maxLength: 7 })).map(([ws, pairs]) => `${ws}{${pairs.join(",")}}${ws}`);

const EDIT = fc.tuple(fc.constantFrom("drop", "insert", "replace", "cut"), fc.nat(), fc.constantFrom(",", ":", "}", "{", '"', "\\", "0", "-", ".", "e", " ", "\t", "\u0001", "x", "é"));

/** The line with a character dropped, inserted or replaced, or cut short. */
function edit(line: string, [how, at, ch]: [string, number, string]): string {
  const i = at % (line.length + 1);
  if (how === "cut") return line.slice(0, i);
  return line.slice(0, i) + (how === "insert" ? ch + line.slice(i) : how === "replace" ? ch + line.slice(i + 1) : line.slice(i + 1));
}

/** Flat object lines of anything, and clean ones broken by one edit. */
const MESSY_LINE = fc.oneof(
  fc.tuple(WS, fc.array(PAIR, { maxLength: 7 }), WS, fc.option(EDIT)).map(([a, pairs, b, e]) => (e === null ? `${a}{${pairs.join(",")}}${b}` : edit(`${a}{${pairs.join(",")}}${b}`, e))),
  fc.tuple(CLEAN_LINE, EDIT).map(([line, e]) => edit(line, e)),
);
const LINE = fc.oneof(CLEAN_LINE, MESSY_LINE);

describe("parseFlat", () => {
  it("gives exactly what JSON.parse gives, or leaves the line to it", () => {
    let fast = 0;
    let all = 0;
    fc.assert(
      // Sequences of lines, so the reuse of the previous line's strings is tested too.
      fc.property(fc.array(LINE, { minLength: 1, maxLength: 8 }), (lines) => {
        for (const line of lines) {
          all++;
          const buf = Buffer.from(line, "utf8");
          const got = parseFlat(buf, 0, buf.length);
          if (got === undefined) continue;
          fast++;
          const want = reference(line);
          expect(want).not.toBe(FAIL);
          expect(entries(got)).toEqual(entries(want));
          expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
        }
      }),
      { numRuns: 1500, seed: 10 },
    );
    // The generator must reach the fast path often, or the property proves little.
    expect(fast / all).toBeGreaterThan(0.4);
  });

  it("reads only buf[start, end), whatever lies around it", () => {
    fc.assert(
      fc.property(LINE, fc.constantFrom("", "{", '"', "1", "}", "x"), fc.constantFrom("", "1}", "0", '"}', "e5", "ull", " ", "\n"), (line, before, after) => {
        const inner = Buffer.from(line, "utf8");
        const buf = Buffer.concat([Buffer.from(before), inner, Buffer.from(after)]);
        const got = parseFlat(buf, before.length, before.length + inner.length);
        if (got !== undefined) expect(entries(got)).toEqual(entries(reference(line)));
      }),
      { numRuns: 1500, seed: 11 },
    );
  });

  it("takes the fast path for the lines our writers emit, in either key order", () => {
    const lines = [
      '{"step":120,"wall":1764361200.52,"kind":"scalar","tag":"train/loss","value":0.4137}',
      '{"wall":1764361200.5231,"kind":"scalar","tag":"batch/loss","step":3,"value":0.41373291611671448}',
      '{"wall":1764361200.5231,"kind":"scalar","tag":"batch/loss","step":4,"value":null}',
      '{"step": 120, "wall": 1764361200.52, "kind": "scalar", "tag": "train/loss", "value": "NaN"}',
      '{"step":0,"wall":1e9,"kind":"text","tag":"notes","text":"baseline, no dropout"}',
    ];
    for (const line of lines) {
      const buf = Buffer.from(line);
      expect(parseFlat(buf, 0, buf.length)).toBeDefined();
      expect(entries(parseFlat(buf, 0, buf.length))).toEqual(entries(JSON.parse(line)));
    }
    // Escapes, non-ASCII text and nested values are JSON.parse's.
    for (const line of ['{"tag":"a\\/b"}', '{"tag":"café"}', '{"bins":[]}', '{"__proto__":1}']) expect(parseFlat(Buffer.from(line), 0, Buffer.byteLength(line))).toBeUndefined();
  });
});

describe("scanLines", () => {
  /** The reader before the fast path: decode everything, split, JSON.parse each line. */
  function slowScan(buf: Buffer): { events: RunEvent[]; malformed: number } {
    const events: RunEvent[] = [];
    let malformed = 0;
    for (let line of buf.toString("utf8").split("\n")) {
      if (line.endsWith("\r")) line = line.slice(0, -1);
      if (line === "") continue;
      const e = parseLine(line);
      if (e) events.push(e);
      else malformed++;
    }
    return { events, malformed };
  }

  const EVENT_LINE = fc
    .tuple(fc.integer({ min: -2, max: 5 }), fc.constantFrom("1764361200.5", "1", '"1"', "null"), fc.constantFrom('"scalar"', '"text"', '"histogram"', '"new-kind"', "3"), fc.constantFrom('"loss"', '""', '"a/b"', "null"), VALUE, fc.boolean())
    .map(([step, wall, kind, tag, value, crlf]) => `{"step":${step},"wall":${wall},"kind":${kind},"tag":${tag},"value":${value},"text":${value}}${crlf ? "\r" : ""}`);
  const BYTES = fc.uint8Array({ maxLength: 12 }).map((b) => Buffer.from(b).toString("latin1"));

  it("finds the same events and counts the same malformed lines as JSON.parse on the decoded text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(EVENT_LINE, LINE, fc.constant(""), fc.constant("\r")), { maxLength: 12 }), fc.array(BYTES, { maxLength: 3 }), (lines, junk) => {
        // Raw bytes (invalid UTF-8 included) spliced into some lines.
        const parts = lines.map((l, i) => Buffer.concat([Buffer.from(l, "utf8"), i < junk.length ? Buffer.from(junk[i]!, "latin1") : Buffer.alloc(0), Buffer.from("\n")]));
        const buf = Buffer.concat(parts);
        const events: RunEvent[] = [];
        const counts = scanLines(buf, 0, buf.length, (e) => events.push(e));
        const want = slowScan(buf);
        expect(counts).toEqual({ events: want.events.length, malformed: want.malformed });
        expect(events.map(entries)).toEqual(want.events.map(entries));
      }),
      { numRuns: 800, seed: 12 },
    );
  });
});

describe("the scalar fast path", () => {
  const NUM = fc.oneof(
    { arbitrary: fc.integer({ min: -5, max: 100_000 }).map(String), weight: 4 },
    { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), weight: 4 },
    { arbitrary: fc.double({ min: 0, max: 2e9, noNaN: true }).map((d) => d.toFixed(3)), weight: 4 },
    { arbitrary: fc.constantFrom("1e400", "-1e400", "-0", "0.5", "2e-5", "1E3", "01", "1.", "-", "null", '"NaN"', '"Infinity"', "true", '"7"'), weight: 1 },
  );
  type Layout = (step: string, wall: string, value: string, tag: string) => string;
  const LAYOUT = fc.oneof(
    {
      // Layouts the fast path learns: any key order and whitespace.
      arbitrary: fc.constantFrom<Layout>(
        (s, w, v, t) => `{"step":${s},"wall":${w},"kind":"scalar","tag":"${t}","value":${v}}`,
        (s, w, v, t) => `{"wall":${w},"kind":"scalar","tag":"${t}","step":${s},"value":${v}}`,
        (s, w, v, t) => `{"step": ${s}, "wall": ${w}, "kind": "scalar", "tag": "${t}", "value": ${v}}`,
        (s, w, v, t) => `{"step":${s},"wall":${w},"value":${v},"kind":"scalar","tag":"${t}"} `,
      ),
      weight: 3,
    },
    {
      // And ones it must leave to the event path: another number, a repeated key, another kind.
      arbitrary: fc.constantFrom<Layout>(
        (s, w, v, t) => `{"step":${s},"wall":${w},"kind":"scalar","tag":"${t}","value":${v},"trial":1}`,
        (s, w, v, t) => `{"step":${s},"wall":${w},"kind":"scalar","tag":"${t}","value":${v},"step":7}`,
        (s, w, v, t) => `{"step":${s},"step":${v},"wall":${w},"kind":"scalar","tag":"${t}","value":"NaN"}`,
        (s, w, v, t) => `{"step":${s},"wall":${w},"kind":"text","tag":"${t}","value":${v},"text":"x"}`,
      ),
      weight: 1,
    },
  );
  const TAG = fc.oneof({ arbitrary: fc.constantFrom("train/loss", "train/los", "train/loss2", "val/loss"), weight: 4 }, { arbitrary: fc.constantFrom("", 'a\\"b', "é"), weight: 1 });
  /** Runs of lines in one layout with other numbers, as a training loop writes them, now and then broken. */
  const RUN = fc
    .tuple(LAYOUT, TAG, fc.array(fc.tuple(NUM, NUM, NUM, fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary: EDIT, weight: 1 })), { minLength: 1, maxLength: 30 }))
    .map(([layout, tag, rows]) => rows.map(([s, w, v, e]) => (e === null ? layout(s, w, v, tag) : edit(layout(s, w, v, tag), e))));
  const show = (v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : v);

  it("hands over exactly the scalar events the event path gives, in order, and takes most lines", () => {
    let lines = 0;
    let matched = 0;
    fc.assert(
      fc.property(fc.array(RUN, { minLength: 1, maxLength: 4 }), (runs) => {
        const all = runs.flat();
        const buf = Buffer.from(all.map((l) => `${l}\n`).join(""));
        const want: unknown[][] = [];
        const slow = scanLines(buf, 0, buf.length, (e) => want.push([e.kind, e.tag, e.step, e.wall, e.value].map(show)));
        const got: unknown[][] = [];
        const fast = scanLines(buf, 0, buf.length, (e) => got.push([e.kind, e.tag, e.step, e.wall, e.value].map(show)), (tag, step, wall, value) => got.push(["scalar", tag, step, wall, value].map(show)));
        expect(fast).toEqual(slow);
        expect(got).toEqual(want);
        // How often the byte comparison alone decides, replaying what scanLines does.
        let at = 0;
        for (const l of all) {
          const end = at + Buffer.byteLength(l);
          lines++;
          if (matchScalar(buf, at, end)) matched++;
          else learnScalar(buf, at, end);
          at = end + 1;
        }
      }),
      { numRuns: 400, seed: 13 },
    );
    expect(matched / lines).toBeGreaterThan(0.25);
  });

  it("matches only within the line it is given", () => {
    const line = '{"step":1,"wall":2,"kind":"scalar","tag":"t","value":3}';
    const buf = Buffer.from(`${line}\n${line}\n`);
    learnScalar(buf, 0, line.length);
    const second = line.length + 1;
    expect(matchScalar(buf, second, second + line.length)).toBe(true);
    // The same bytes cut short, or with the next line's bytes counted in, are not the line.
    expect(matchScalar(buf, second, second + line.length - 1)).toBe(false);
    expect(matchScalar(buf, 0, line.length + 1)).toBe(false);
    const cut = Buffer.from('{"step":1,"wall":2,"kind":"scalar","tag":"t","value":34}');
    expect(matchScalar(cut, 0, cut.length - 2)).toBe(false);
  });
});
