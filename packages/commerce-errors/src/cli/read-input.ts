// The captured body to validate: a file, or stdin for "-" or no argument.
import { readFile } from "node:fs/promises";
import type { CliIo } from "./io.js";
import { UsageError } from "./usage-error.js";

export async function readInput(file: string | undefined, io: CliIo): Promise<string> {
  if (file !== undefined && file !== "-") {
    try {
      return await readFile(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  // Waiting on a terminal for a body nobody is typing looks like a hang.
  if (io.stdin.isTTY) throw new UsageError("no input: give a FILE, or pipe a body to stdin");
  const decoder = new TextDecoder();
  let text = "";
  for await (const chunk of io.stdin) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

export function parseJsonInput(text: string): unknown {
  const json = text.replace(/^\uFEFF/, "");
  if (json.trim() === "") throw new UsageError("input is empty, not JSON");
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new UsageError(`input is not JSON (${(error as Error).message})`);
  }
}
