// `pnpm site`: builds the site and serves it on 127.0.0.1 until stopped (PORT, default 4173). A port
// that is taken or not allowed ends the command with one line that says which and how to choose another.
import { fileURLToPath } from "node:url";
import { buildSite } from "./build.js";
import { type RunningSite, serveSite } from "./static-server.js";

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`pnpm site: PORT=${process.env.PORT} is not a port number; use e.g. PORT=4174 pnpm site`);
  process.exit(1);
}

// The port first, so that a taken one is said at once; the server reads each file when it is asked for.
const distDir = fileURLToPath(new URL("../dist/", import.meta.url));
let running: RunningSite;
try {
  running = await serveSite(distDir, port);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === "EADDRINUSE" ? "is in use" : code === "EACCES" ? "is not allowed" : `cannot be used (${String(error)})`;
  console.error(
    `pnpm site: port ${port} on 127.0.0.1 ${why}; choose another with PORT=, e.g. PORT=${port === 65535 ? 4174 : port + 1} pnpm site`,
  );
  process.exit(1);
}
const site = await buildSite(distDir);
console.log(`playground.js ${(site.bundleGzipBytes / 1024).toFixed(1)} KiB gzip`);
console.log(`commerce-errors playground: ${running.url}  (vendor pages: ${running.url}vendors/<vendor>.html; Ctrl-C stops)`);
