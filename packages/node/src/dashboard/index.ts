// The dashboard server's public entry (the node package re-exports it; the CLI's `neurite dashboard` calls it).
export { startDashboard, type Dashboard, type DashboardOptions } from "./server.js";
