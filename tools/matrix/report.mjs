// Formatting shared by the entries (one line per test) and the runner (the final table).

export function formatResult(r) {
  const mark = r.status === "pass" ? "ok  " : r.status === "fail" ? "FAIL" : "skip";
  const detail = r.status === "fail" ? `\n      ${r.error}` : r.status === "skip" ? ` (${r.reason})` : "";
  return `  ${mark} ${r.name} ${r.ms}ms${detail}`;
}

/** A fixed-width table: rows of cells, the first row the header. */
export function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  const rule = `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n");
}
