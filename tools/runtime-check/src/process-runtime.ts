// Runs the shared checks in a runtime started as a process, and reads its one JSON line.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { PackageResult } from "./results.js";
import type { Format, ProcessRuntime } from "./runtimes.js";

const runner = fileURLToPath(new URL("./runners/process-runner.mjs", import.meta.url));
const marker = "RUNTIME-CHECK-RESULTS ";

export function runInProcess(runtime: ProcessRuntime, binary: string, format: Format, casesFile: string): Promise<PackageResult[]> {
  return new Promise((resolve, reject) => {
    // No inherited NODE_OPTIONS or loaders from vitest: the runtime starts as a user's would.
    const env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1" };
    execFile(
      binary,
      [...runtime.args, runner, format, casesFile],
      { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const line = stdout.split("\n").find((l) => l.startsWith(marker));
        if (line) return resolve(JSON.parse(line.slice(marker.length)) as PackageResult[]);
        reject(new Error(`${runtime.label} (${format}) printed no results${error ? `: ${error.message}` : ""}\n${stderr}`));
      },
    );
  });
}
