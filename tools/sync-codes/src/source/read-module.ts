// Reads code lists out of the values of a JavaScript module, for packages that keep their codes in
// plain JavaScript without declarations (braintree's ValidationErrorCodes). The module is loaded
// with require (CommonJS, or an ES module through require(esm)): the sync runs at maintainer time,
// on a pinned devDependency, never in published code.
import { createRequire } from "node:module";

export class ModuleValueError extends Error {}

/**
 * The string values of the object at `exportPath` (dot-separated; none: the module's export
 * itself), nested objects flattened depth-first in property order, each value once. Classes count
 * as objects: their static properties are read.
 */
export function readModuleStrings(file: string, exportPath?: string): string[] {
  const require = createRequire(file);
  const root: unknown = require(file);
  const where = exportPath === undefined ? file : `${exportPath} of ${file}`;
  let node = root;
  for (const name of exportPath?.split(".") ?? []) {
    if (!isContainer(node) || !Object.hasOwn(node, name)) throw new ModuleValueError(`${file} exports no ${exportPath}`);
    node = (node as Record<string, unknown>)[name];
  }
  if (!isContainer(node)) throw new ModuleValueError(`${where} is no object`);
  const values = new Set<string>();
  collectStrings(node, values, new Set());
  if (values.size === 0) throw new ModuleValueError(`${where} holds no string values`);
  return [...values];
}

function isContainer(value: unknown): value is object {
  return (typeof value === "object" && value !== null) || typeof value === "function";
}

function collectStrings(node: object, into: Set<string>, seen: Set<object>): void {
  if (seen.has(node)) return;
  seen.add(node);
  for (const value of Object.values(node)) {
    if (typeof value === "string") into.add(value);
    else if (isContainer(value)) collectStrings(value, into, seen);
  }
}
