import { watch, type FSWatcher } from "node:fs";
import type { ServerResponse } from "node:http";
import { discoverRuns } from "./discover.js";
import type { Appended, RunState } from "./run-state.js";
import type { RunStore } from "./store.js";

/** One watched run: a file watcher plus a polling timer (fs.watch misses events on some file systems). */
interface Tail {
  st: RunState;
  watcher: FSWatcher | undefined;
  timer: NodeJS.Timeout;
  listener: (a: Appended) => void;
  sinks: Set<ServerResponse>;
}

/**
 * Server-Sent Events for /api/stream. Each watched run is read by the store
 * when its file changes; every append found (by this watcher or by any API
 * read) goes to the clients watching that run as an `append` event. While any
 * client is connected the logdir is rescanned and a `runs` event announces
 * runs that appeared or went away.
 */
export class LiveHub {
  private readonly tails = new Map<string, Tail>();
  private readonly clients = new Set<ServerResponse>();
  private runsTimer: NodeJS.Timeout | undefined;
  private runNames = "";

  constructor(private readonly store: RunStore, private readonly pollMs = 1000) {}

  /** Streams appends of `runs` to `res` until the client goes away. Runs are read to their end first. */
  async subscribe(res: ServerResponse, runs: RunState[]): Promise<void> {
    await this.store.loadMany(runs.map((st) => st.name));
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", connection: "keep-alive", "x-content-type-options": "nosniff" });
    send(res, "hello", { runs: runs.map((st) => ({ run: st.name, next: st.offset })) });
    const tails = runs.map((st) => this.tail(st, res));
    this.clients.add(res);
    this.watchRuns();
    const ping = setInterval(() => res.write(": ping\n\n"), 15_000);
    res.on("close", () => {
      clearInterval(ping);
      this.clients.delete(res);
      for (const t of tails) this.untail(t, res);
      if (this.clients.size === 0 && this.runsTimer) {
        clearInterval(this.runsTimer);
        this.runsTimer = undefined;
      }
    });
  }

  /** Ends every stream (server shutdown). */
  close(): void {
    for (const res of this.clients) res.end();
  }

  private tail(st: RunState, res: ServerResponse): Tail {
    let t = this.tails.get(st.name);
    if (!t) {
      const poke = () => void this.store.refresh(st).catch(() => undefined);
      const sinks = new Set<ServerResponse>();
      const listener = (a: Appended) => {
        for (const r of sinks) send(r, "append", a);
      };
      st.listeners.add(listener);
      let watcher: FSWatcher | undefined;
      try {
        watcher = watch(st.file, { persistent: false }, poke);
        watcher.on("error", () => undefined);
      } catch {
        watcher = undefined;
      }
      t = { st, watcher, timer: setInterval(poke, this.pollMs), listener, sinks };
      this.tails.set(st.name, t);
    }
    t.sinks.add(res);
    return t;
  }

  private untail(t: Tail, res: ServerResponse): void {
    t.sinks.delete(res);
    if (t.sinks.size > 0) return;
    clearInterval(t.timer);
    t.watcher?.close();
    t.st.listeners.delete(t.listener);
    this.tails.delete(t.st.name);
  }

  private watchRuns(): void {
    if (this.runsTimer) return;
    const check = async () => {
      const names = (await discoverRuns(this.store.root)).map((r) => r.name).join("\n");
      if (this.runNames !== "" && names !== this.runNames) for (const r of this.clients) send(r, "runs", { changed: true });
      this.runNames = names;
    };
    const tick = () => void check().catch(() => undefined);
    tick();
    this.runsTimer = setInterval(tick, Math.max(2000, this.pollMs));
  }
}

/** One SSE message; JSON.stringify turns non-finite scalar values into null. */
function send(res: ServerResponse, event: string, data: unknown): void {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}
