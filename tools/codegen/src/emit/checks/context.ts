// What a node kind's module gets from the compiler, and what it gives back.
import type { ArrayNode, JsonType, SchemaNode } from "../../model/schema-node.js";

export type Cost = "cheap" | "walk";

export interface Compiled {
  /** Statements that return false when the value fails and fall through when it passes. */
  lines: string[];
  /** Whether every path through `lines` returns (a dispatch on a tag): nothing may follow them. */
  terminal?: boolean;
  /** "cheap": a type test or comparison; "walk": calls a function or loops. Cheap tests run first. */
  cost: Cost;
}

/** A node as one expression (a test, or a call of the function compiled for it). */
export interface Test {
  test: string;
  cost: Cost;
}

/**
 * The checks validateErrorResponse runs (emit-checks.ts `NotingChecks`): the same verdicts, and
 * an array walk that meets a failing item notes where (runtime/check-stops.ts) before it returns false.
 */
export interface Noting {
  /** The array's site (array-sites.ts); undefined: its walk notes nothing. */
  site(node: ArrayNode): string | undefined;
  /** A definition's plain check (checks.ts), as an expression: the items of a noted walk are checked by it, not by a copy. */
  plainDefinition(key: string): string;
}

export interface CompileContext {
  readonly definitions: Readonly<Record<string, SchemaNode>>;
  /** Set when compiling the noting checks. */
  readonly noting?: Noting;
  /** The statements of a node; `knownType`: the value is known to have this type already. */
  compile(node: SchemaNode, v: string, path: string[], knownType?: JsonType): Compiled;
  /** The node as one expression: inline when it is one test, else a call of a function named after `path`. */
  test(node: SchemaNode, v: string, path: string[]): Test;
  /** The name of a definition's function, compiled on first use. */
  definition(key: string): string;
  /** The function of a union case as its dispatch reaches it (tag matched, object known). */
  afterTag(key: string, tag: string): string;
  /** A module-level constant (a Set, a Map, a RegExp), shared by equal initializers. */
  constant(path: string[], type: string, initializer: string): string;
  /** A module-level JSON value (a `const` or `enum` object or array), shared by equal values. */
  value(path: string[], json: unknown): string;
  /** Marks the code point length helper as needed. */
  useLength(): void;
}
