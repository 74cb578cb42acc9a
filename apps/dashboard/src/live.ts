import { streamUrl, type Appended } from "./api.js";

export type LiveStatus = "live" | "connecting" | "off";

/** The Server-Sent Events connection for the runs in view; reconnects when they change. */
export class Live {
  private source: EventSource | undefined;
  private key: string | undefined;

  constructor(
    private readonly onAppend: (a: Appended) => void,
    /** The stream is (re)connected: offsets per run from which appends will come. */
    private readonly onHello: (next: Map<string, number>) => void,
    private readonly onRunsChanged: () => void,
    private readonly onStatus: (s: LiveStatus) => void,
  ) {}

  watch(runs: string[]): void {
    const key = runs.join("\n");
    if (key === this.key) return;
    this.key = key;
    this.source?.close();
    this.onStatus("connecting");
    const es = new EventSource(streamUrl(runs));
    es.addEventListener("hello", (m) => {
      this.onStatus("live");
      const { runs } = JSON.parse((m as MessageEvent<string>).data) as { runs: { run: string; next: number }[] };
      this.onHello(new Map(runs.map((r) => [r.run, r.next])));
    });
    es.addEventListener("append", (m) => this.onAppend(JSON.parse((m as MessageEvent<string>).data) as Appended));
    es.addEventListener("runs", () => this.onRunsChanged());
    // EventSource retries by itself; show that it is trying.
    es.onerror = () => this.onStatus(es.readyState === EventSource.CLOSED ? "off" : "connecting");
    this.source = es;
  }
}
