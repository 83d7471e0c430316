// schemas/<vendor>/reading.json -> the model: the reading and mark rules as /core emits them, with the
// known-value lists and package functions they name. The meta-schema checked each key's type; this
// checks what it cannot: one operation per object and only that operation's modifiers, envelopes,
// definitions, lists and functions that exist, regular expressions that compile and cannot backtrack
// catastrophically.
import { checkSync } from "recheck";
import type { SchemaProblem } from "../load/schema-error.js";
import { pointerToken } from "../load/schema-error.js";
import type { LoadedVendor, ReadingFile } from "../load/types.js";
import type { ReadingModel } from "./vendor-model.js";

/** Each operation and the modifiers it takes (packages/runtime/src/read-by-rules.ts). */
const operations: Record<string, readonly string[]> = {
  const: [],
  use: [],
  first: [],
  or: [],
  and: [],
  not: [],
  if: ["then", "else"],
  test: ["equals", "oneOf", "notOneOf", "in", "prefix", "suffix", "includes", "regex", "type", "min", "max"],
  each: ["as", "index", "where", "map"],
  find: ["as", "index", "where"],
  some: ["as", "index", "where"],
  values: [],
  keys: [],
  entries: [],
  count: [],
  last: [],
  sum: [],
  concat: [],
  join: ["with"],
  split: ["by"],
  match: ["regex", "group"],
  string: [],
  text: [],
  pointer: ["from"],
  lastToken: [],
  of: ["key", "at"],
  object: [],
  merge: [],
  firstNonEmpty: [],
  retry: ["afterMs", "afterSeconds", "currentVersion"],
  call: ["args"],
  read: [],
  within: ["do"],
};

/** Modifiers an operation cannot do without. */
const required: Record<string, readonly string[]> = { match: ["regex"], split: ["by"], pointer: ["from"], within: ["do"], if: [] };

interface Names {
  definitions: Set<string>;
  lists: Set<string>;
  functions: Set<string>;
  /** Names the rules use, collected for the emitter. */
  usedLists: Set<string>;
  usedFunctions: Set<string>;
}

function checkExpr(expr: unknown, pointer: string, names: Names, problem: (pointer: string, reason: string) => void): void {
  if (Array.isArray(expr)) {
    for (const [index, item] of expr.entries()) checkExpr(item, `${pointer}/${index}`, names, problem);
    return;
  }
  if (typeof expr !== "object" || expr === null) return;
  const record = expr as Record<string, unknown>;
  const keys = Object.keys(record).filter((key) => key !== "$comment");
  const ops = keys.filter((key) => key in operations);
  if (ops.length !== 1) {
    problem(pointer, ops.length === 0 ? "names no operation" : `names ${ops.length} operations (${ops.join(", ")}): give one`);
    return;
  }
  const op = ops[0] as string;
  for (const key of keys)
    if (key !== op && !operations[op]?.includes(key)) problem(`${pointer}/${pointerToken(key)}`, `is not a modifier of "${op}"`);
  for (const key of required[op] ?? []) if (!(key in record)) problem(pointer, `"${op}" needs "${key}"`);
  if (op === "use" && !names.definitions.has(String(record.use)))
    problem(`${pointer}/use`, `names "${String(record.use)}", which is no definition`);
  if (op === "test" && "in" in record) {
    const list = String(record.in);
    if (names.lists.has(list)) names.usedLists.add(list);
    else problem(`${pointer}/in`, `names "${list}", which is no known-value list of this package (${[...names.lists].join(", ")})`);
  }
  if (op === "call") {
    const name = String(record.call);
    if (names.functions.has(name)) names.usedFunctions.add(name);
    else problem(`${pointer}/call`, `names "${name}", which is no function of this package (${[...names.functions].join(", ")})`);
  }
  if (typeof record.regex === "string") {
    const where = `${pointer}/regex`;
    try {
      new RegExp(record.regex);
      const diagnostics = checkSync(record.regex, "");
      if (diagnostics.status !== "safe") problem(where, `${JSON.stringify(record.regex)} could backtrack catastrophically`);
    } catch (error) {
      problem(where, `does not compile: ${(error as Error).message}`);
    }
  }
  if (op === "object" && typeof record.object === "object" && record.object !== null) {
    for (const [key, value] of Object.entries(record.object)) checkExpr(value, `${pointer}/object/${pointerToken(key)}`, names, problem);
  }
  for (const key of keys) {
    if (op === "object" && key === "object") continue;
    if (
      ["const", "oneOf", "notOneOf", "in", "regex", "type", "as", "index", "with", "by", "group", "from", "at", "retry", "call"].includes(
        key,
      )
    )
      continue;
    checkExpr(record[key], `${pointer}/${pointerToken(key)}`, names, problem);
  }
}

/** Drops `$comment`s: they document the rules in schemas/, not in the bundles. */
function withoutComments(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutComments);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, each]) => (key === "$comment" ? [] : [[key, withoutComments(each)]])));
}

function checkEnvelopes(
  envelopes: Record<string, unknown>,
  pointer: string,
  titles: readonly string[],
  problem: (pointer: string, reason: string) => void,
): void {
  for (const [title, rule] of Object.entries(envelopes)) {
    const where = `${pointer}/${pointerToken(title)}`;
    if (!titles.includes(title)) problem(where, `names "${title}", which is no envelope's title (${titles.join(", ")})`);
    if (typeof rule === "string" && (typeof envelopes[rule] !== "object" || envelopes[rule] === null))
      problem(where, `reads as "${rule}", which has no rule of its own here`);
  }
}

/**
 * The model of reading.json; without the file, no envelope has rules (commerce-errors then reads only
 * the status). `functions` are what the package's /core exports: findDataErrors, readFailedItems and its helpers'.
 */
export function buildReading(
  loaded: LoadedVendor,
  lists: readonly string[],
  functions: readonly string[],
  problems: SchemaProblem[],
): ReadingModel {
  const file = `schemas/${loaded.name}/reading.json`;
  const reading: ReadingFile = loaded.reading ?? { reading: { envelopes: {} } };
  const titles = loaded.envelopes.map((envelope) => String(envelope.schema.title));
  const problem = (pointer: string, reason: string) => problems.push({ file, pointer, reason });
  const sections = { reading: reading.reading, marks: reading.marks ?? { envelopes: {} } };
  const used = { lists: new Set<string>(), readingFunctions: new Set<string>(), markFunctions: new Set<string>() };
  for (const [section, rules] of Object.entries(sections)) {
    const names: Names = {
      definitions: new Set(Object.keys(rules.definitions ?? {})),
      lists: new Set(lists),
      functions: new Set(functions),
      usedLists: used.lists,
      usedFunctions: section === "reading" ? used.readingFunctions : used.markFunctions,
    };
    for (const [name, expr] of Object.entries(rules.definitions ?? {}))
      checkExpr(expr, `/${section}/definitions/${pointerToken(name)}`, names, problem);
    checkEnvelopes(rules.envelopes, `/${section}/envelopes`, titles, problem);
    for (const [title, rule] of Object.entries(rules.envelopes)) {
      const where = `/${section}/envelopes/${pointerToken(title)}`;
      if (typeof rule === "string") continue;
      for (const [key, expr] of Object.entries(rule)) {
        if (key === "$comment" || key === "at" || key === "reason") continue;
        if (key === "let") {
          for (const [name, value] of Object.entries(expr as Record<string, unknown>))
            checkExpr(value, `${where}/let/${pointerToken(name)}`, names, problem);
        } else if (Array.isArray(rule)) {
          const mark = expr as Record<string, unknown>;
          for (const part of ["when", "value"] as const) if (part in mark) checkExpr(mark[part], `${where}/${key}/${part}`, names, problem);
        } else checkExpr(expr, `${where}/${pointerToken(key)}`, names, problem);
      }
    }
  }
  const missing = titles.filter((title) => loaded.reading && !(title in reading.reading.envelopes));
  for (const title of missing) problem("/reading/envelopes", `has no rule for the envelope "${title}"`);
  return {
    reading: withoutComments(reading.reading) as ReadingModel["reading"],
    marks: withoutComments(sections.marks) as ReadingModel["marks"],
    lists: lists.filter((name) => used.lists.has(name)),
    readingFunctions: functions.filter((name) => used.readingFunctions.has(name)),
    markFunctions: functions.filter((name) => used.markFunctions.has(name)),
  };
}
