import { readFileSync } from "node:fs";
import { SchemaError } from "./schema-error.js";

/** Reads a JSON file, turning a parse failure into a SchemaError that names the file. */
export function readJson(path: string, displayPath: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new SchemaError([{ file: displayPath, pointer: "", reason: `cannot be read: ${(error as Error).message}` }]);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SchemaError([{ file: displayPath, pointer: "", reason: `is not valid JSON: ${(error as Error).message}` }]);
  }
}
