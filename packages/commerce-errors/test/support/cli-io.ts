// The CLI's io, captured, for driving `main` in-process: stdin is one chunk, stdout and stderr are collected.
import type { CliIo } from "../../src/cli/io.js";

export function captureIo(stdin: string, { isTTY = false, env = {} }: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdin: Object.assign(
      (async function* () {
        yield stdin;
      })(),
      { isTTY: false },
    ),
    stdout: { isTTY, write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  };
  return { io, output: () => ({ stdout, stderr }) };
}
