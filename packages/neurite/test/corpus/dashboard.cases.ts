// Requests the dashboard's JSON API must refuse: each gets a status and a JSON {error: {code, message}}.

export interface DashboardCase {
  name: string;
  /** Request target (sent as is). */
  path: string;
  method?: string;
  headers?: Record<string, string>;
  status: number;
  code: string;
  message: RegExp;
}

const c = (name: string, path: string, status: number, code: string, message: RegExp, extra: Partial<DashboardCase> = {}): DashboardCase =>
  ({ name, path, status, code, message, ...extra });

export const dashboardCases: DashboardCase[] = [
  c("unknown API route", "/api/nope", 404, "NOT_FOUND", /no API route \/api\/nope/),
  c("POST", "/api/runs", 405, "METHOD", /POST is not allowed/, { method: "POST" }),
  c("DELETE", "/api/runs", 405, "METHOD", /DELETE is not allowed/, { method: "DELETE" }),
  c("a foreign Host header (DNS rebinding)", "/api/runs", 403, "BAD_HOST", /host evil.example is not served/, { headers: { host: "evil.example" } }),
  c("an absolute-form request target", "http://127.0.0.1/api/runs", 400, "BAD_PATH", /request target must be a path/),
  c("tags without runs", "/api/tags", 400, "BAD_ARGUMENT", /missing runs=/),
  c("tags of an unknown run", "/api/tags?runs=nope", 404, "NOT_FOUND", /nope/),
  c("tags of a run outside the logdir", "/api/tags?runs=..%2F..%2Fetc", 400, "BAD_PATH", /'\.', '\.\.' and empty segments are refused/),
  c("tags of an absolute run path", "/api/tags?run=%2Fetc", 400, "BAD_PATH", /absolute paths are refused/),
  c("a run name with NUL", "/api/tags?run=r1%00", 400, "BAD_PATH", /contains NUL/),
  c("a run name with a backslash", "/api/tags?run=..%5Cx", 400, "BAD_PATH", /contains a backslash/),
  c("a run symlinked out of the logdir", "/api/tags?runs=escape", 403, "OUTSIDE", /resolves outside the served folder/),
  c("more than 5000 runs", `/api/tags?runs=${Array.from({ length: 5001 }, (_, i) => `r${i}`).join(",")}`, 400, "BAD_ARGUMENT", /at most 5000 runs per request/),
  c("scalars without a tag", "/api/scalars?runs=r1", 400, "BAD_ARGUMENT", /missing tag=/),
  c("scalars: maxPoints=abc", "/api/scalars?runs=r1&tag=loss&maxPoints=abc", 400, "BAD_ARGUMENT", /maxPoints=abc: expected an integer in \[8, 1000000\]/),
  c("scalars: maxPoints=1e9", "/api/scalars?runs=r1&tag=loss&maxPoints=1e9", 400, "BAD_ARGUMENT", /maxPoints=1e9: expected an integer/),
  c("scalars: maxPoints=2.5", "/api/scalars?runs=r1&tag=loss&maxPoints=2.5", 400, "BAD_ARGUMENT", /maxPoints=2.5/),
  c("scalars: smoothing=2", "/api/scalars?runs=r1&tag=loss&smoothing=2", 400, "BAD_ARGUMENT", /smoothing=2: expected a number in \[0, 0.999\]/),
  c("scalars: smoothing=NaN", "/api/scalars?runs=r1&tag=loss&smoothing=NaN", 400, "BAD_ARGUMENT", /smoothing=NaN/),
  c("scalars: smoothing=-Infinity", "/api/scalars?runs=r1&tag=loss&smoothing=-Infinity", 400, "BAD_ARGUMENT", /smoothing=-Infinity/),
  c("events: bad percent-encoding", "/api/runs/%E0%A4%A/events", 400, "BAD_PATH", /bad percent-encoding/),
  c("events: a run path with ..", "/api/runs/..%2F..%2Fetc/events", 400, "BAD_PATH", /'\.', '\.\.' and empty segments are refused/),
  c("events: since=-1", "/api/runs/r1/events?since=-1", 400, "BAD_ARGUMENT", /since=-1: expected an integer/),
  c("events: since=1.5", "/api/runs/r1/events?since=1.5", 400, "BAD_ARGUMENT", /since=1.5: expected an integer/),
  c("events: since past the end", "/api/runs/r1/events?since=99999999", 416, "BAD_OFFSET", /since=99999999 is past the end of r1/),
  c("events: maxBytes=10", "/api/runs/r1/events?maxBytes=10", 400, "BAD_ARGUMENT", /maxBytes=10: expected an integer in \[1024/),
  c("events of kind scalar", "/api/events?runs=r1&kinds=scalar", 400, "BAD_ARGUMENT", /scalars come from \/api\/scalars/),
  c("export: format=xml", "/api/export?runs=r1&tag=loss&format=xml", 400, "BAD_ARGUMENT", /format=xml: expected one of csv, json/),
  c("export: a tag with no data", "/api/export?runs=r1&tag=nope", 404, "NOT_FOUND", /no data for tag "nope" in r1/),
  c("static: a path escaping the app folder", "/..%2F..%2Fetc%2Fpasswd", 400, "BAD_PATH", /'\.', '\.\.' and empty segments are refused|bad percent/),
  c("static: a missing file", "/no-such-file.js", 404, "NOT_FOUND", /no-such-file.js not found/),
];
