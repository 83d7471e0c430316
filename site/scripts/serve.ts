// `pnpm site`: builds the site and serves it on 127.0.0.1 until stopped (PORT, default 4173).
import { buildSite } from "./build.js";
import { serveSite } from "./static-server.js";

const site = await buildSite();
const running = await serveSite(site.dir, Number(process.env.PORT ?? 4173));
console.log(`playground.js ${(site.bundleGzipBytes / 1024).toFixed(1)} KiB gzip`);
console.log(`commerce-errors playground: ${running.url}  (vendor pages: ${running.url}vendors/<vendor>.html; Ctrl-C stops)`);
