import { existsSync, mkdirSync } from "node:fs";
import { startDashboard } from "../dashboard/server.js";

/** Serves the dashboard for a logdir on 127.0.0.1; returns its URL. */
export async function dashboardCommand(logdir: string, port: number): Promise<string> {
  if (!existsSync(logdir)) mkdirSync(logdir, { recursive: true });
  const d = await startDashboard({ logdir, port });
  return d.url;
}
