// Loads the JSON fixtures and resolves their named order sets.
import { readFileSync } from "node:fs";
import { ORDERS } from "../src/index.js";

export function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as T;
}

export type OrderSpec = keyof typeof ORDERS | number[] | { integersFrom: number; to: number } | { thousandthsFrom: number; to: number };

/** The orders a fixture names, built as the reference code builds them (0.001 * i, not i / 1000). */
export function ordersOf(spec: OrderSpec): number[] {
  if (typeof spec === "string") return [...ORDERS[spec]];
  if (Array.isArray(spec)) return spec.map(num);
  const out: number[] = [];
  if ("integersFrom" in spec) for (let i = spec.integersFrom; i <= spec.to; i++) out.push(i);
  else for (let i = spec.thousandthsFrom; i < spec.to; i++) out.push(0.001 * i);
  return out;
}

/** JSON has no Infinity: fixtures spell it "Infinity". */
export function num(v: number | string): number {
  return v === "Infinity" ? Infinity : Number(v);
}

export interface Source {
  repository: string;
  path: string;
  commit: string;
  test: string;
}

/** Checks a value against a published one: relative tolerance, or half a unit of the published last digit. */
export function within(actual: number, expected: number, c: { tolerance?: number; absolute?: number }): boolean {
  if (c.absolute !== undefined) return Math.abs(actual - expected) <= c.absolute;
  return Math.abs(actual - expected) <= (c.tolerance ?? 1e-3) * Math.abs(expected);
}
