// The bad-input corpus: each case feeds the public API something wrong and
// asserts a NeuriteError with the expected code and a message naming the op
// or argument. A crash, a wasm trap, a plain TypeError or a silent result fails.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import * as nt from "../../src/index.js";

export interface Case {
  /** What is wrong with the input. */
  name: string;
  code: nt.ErrorCode;
  /** Must match the message: it names the op or argument (and usually what it saw). */
  message: RegExp;
  run: () => unknown;
  /** Generated (property) cases run asynchronously and free their own tensors: no leak check. */
  property?: boolean;
}

/** Shorthand for a case list: [name, code, message, run]. */
export type Row = [string, nt.ErrorCode, RegExp, () => unknown];

export const cases = (rows: Row[]): Case[] => rows.map(([name, code, message, run]) => ({ name, code, message, run }));

function show(v: unknown): string {
  if (v instanceof nt.Tensor) return `a tensor [${v.shape}] ${Array.from(v.isDisposed ? [] : v.data().slice(0, 4))}`;
  try {
    return JSON.stringify(v)?.slice(0, 200) ?? String(v);
  } catch {
    return String(v);
  }
}

/** Runs `run` and checks it threw (or rejected with) a NeuriteError of `code` whose message matches. */
export async function expectNeuriteError(run: () => unknown, code: nt.ErrorCode, message: RegExp): Promise<nt.NeuriteError> {
  let error: unknown;
  let result: unknown;
  try {
    result = await run();
  } catch (e) {
    error = e;
  }
  if (error === undefined) expect.fail(`expected NeuriteError ${code}, but it returned ${show(result)}`);
  if (!(error instanceof nt.NeuriteError)) expect.fail(`expected NeuriteError ${code}, got ${(error as Error)?.constructor?.name}: ${(error as Error)?.message ?? String(error)}`);
  expect(error.code, error.message).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

/**
 * Registers a corpus area; its size is in the describe name. With `leaks`,
 * synchronous cases run inside tidy() and must leave the live tensor count
 * where it was: an error path may not strand memory.
 */
export function runCorpus(area: string, list: readonly Case[], options: { leaks?: boolean } = {}): void {
  describe(`bad-input corpus: ${area} (${list.length} cases)`, () => {
    beforeAll(() => nt.ready());
    for (const c of list) {
      it(`${c.code}: ${c.name}`, async () => {
        if (!options.leaks || c.property) {
          await expectNeuriteError(c.run, c.code, c.message);
          return;
        }
        const before = nt.memory().numTensors;
        let pending: unknown;
        nt.tidy(() => {
          try {
            pending = c.run();
          } catch (e) {
            pending = Promise.reject(e);
          }
        });
        await expectNeuriteError(() => pending, c.code, c.message);
        expect(nt.memory().numTensors, "live tensors after the error").toBe(before);
      }, 30_000);
    }
  });
}

/** Whether e is the NeuriteError a property expects. */
function matches(e: unknown, code: nt.ErrorCode, message: RegExp): e is nt.NeuriteError {
  return e instanceof nt.NeuriteError && e.code === code && message.test(e.message);
}

/**
 * A property-based case: every generated input must raise `code`. The case
 * rethrows the last such error, so it reports like any other case; a sample
 * that returns or throws something else fails with fast-check's counterexample.
 */
export function prop<T>(name: string, code: nt.ErrorCode, message: RegExp, arb: fc.Arbitrary<T>, run: (v: T) => unknown, numRuns = 50): Case {
  return {
    name: `${name} (property, ${numRuns} runs)`, code, message, property: true,
    run: async () => {
      let last: nt.NeuriteError | undefined;
      await fc.assert(
        fc.asyncProperty(arb, async (v) => {
          try {
            await run(v);
          } catch (e) {
            if (matches(e, code, message)) {
              last = e;
              return;
            }
            throw e;
          }
          throw new Error(`no error for ${fc.stringify(v)}`);
        }),
        { numRuns, seed: 20261128 },
      );
      throw last;
    },
  };
}
