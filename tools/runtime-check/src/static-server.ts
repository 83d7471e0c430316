// A static server on 127.0.0.1 that sends every page with the strict CSP the packages promise to
// work under: no eval, no inline script, nothing from another origin.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export const strictCsp = "default-src 'self'; script-src 'self'";

export interface StaticFile {
  type: string;
  body: string | Uint8Array;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** `files`: URL path -> file; a path missing from it is a 404. */
export async function serveStatic(files: (path: string) => StaticFile | undefined): Promise<RunningServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    const file = files(path);
    response.setHeader("Content-Security-Policy", strictCsp);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
