// Serves a built site from 127.0.0.1 with the strict CSP as a header too (the pages also carry it
// in a meta tag). Paths outside the folder are 404s.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { strictCsp } from "./pages.js";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, port = 0): Promise<RunningSite> {
  const root = normalize(dir + sep);
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(root, path));
    response.setHeader("Content-Security-Policy", strictCsp);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response
      .writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-store" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject); // EADDRINUSE, EACCES: the caller says what to do
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
