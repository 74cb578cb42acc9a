/**
 * CPU time of a process tree, from /proc (Linux): lets the frame-rate test
 * report what a frame costs, which, unlike frames per second, does not
 * depend on how busy the rest of the machine is.
 */
import { readFileSync, readdirSync } from "node:fs";

interface Proc {
  ppid: number;
  /** user + system time, in clock ticks. */
  ticks: number;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // Fields after the command name "(…)": state, ppid, …, utime (14th overall), stime (15th).
      const f = readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1]!.split(" ");
      out.set(Number(d), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** CPU milliseconds used so far by `root` and all its descendants (assumes 100 clock ticks per second, Linux's default). */
export function treeCpuMs(root: number): number {
  const all = processes();
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of all) {
      if (!inTree.has(pid) && inTree.has(p.ppid)) {
        inTree.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of inTree) ticks += all.get(pid)?.ticks ?? 0;
  return ticks * 10;
}
