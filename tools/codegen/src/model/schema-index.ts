// Where a `$ref` points: draft-07 base URIs (`$id`, ignored beside `$ref`), location-independent
// identifiers (`$id: "#name"`), JSON Pointer fragments (percent- and ~-escaped), and documents the
// caller supplies by absolute URI (e.g. a test suite's remotes; nothing is fetched).
import type { JsonSchema } from "../load/types.js";

/** The base URI of a schema without `$id`: only fragments resolve against it. */
export const DEFAULT_BASE = "urn:commerce-errors:schema";

const SINGLE = ["additionalProperties", "additionalItems", "contains", "propertyNames", "if", "then", "else", "not"];
const LISTS = ["allOf", "anyOf", "oneOf"];
const MAPS = ["definitions", "properties", "patternProperties"];

export interface RefTarget {
  /** The schema the reference names (a boolean schema too). */
  schema: unknown;
  /** The base URI its own references resolve against. */
  base: string;
  /** Its absolute URI (document and fragment). */
  uri: string;
}

const isSchemaObject = (value: unknown): value is JsonSchema => typeof value === "object" && value !== null && !Array.isArray(value);

/** `new URL` that answers undefined instead of throwing. */
export function resolveUri(ref: string, base: string): URL | undefined {
  try {
    return new URL(ref, base);
  } catch {
    return undefined;
  }
}

const withoutFragment = (url: URL): string => url.href.replace(/#.*$/, "");

export class SchemaIndex {
  /** Document and `$id` resources by URI without fragment. */
  private readonly resources = new Map<string, unknown>();
  /** `$id: "#name"` anchors by absolute URI. */
  private readonly anchors = new Map<string, unknown>();
  /** The base URI in force at each schema object. */
  private readonly bases = new Map<object, string>();
  private readonly external: Record<string, unknown>;

  constructor(root: unknown, documents: Record<string, unknown> = {}) {
    this.external = documents;
    this.index(root, DEFAULT_BASE, true);
  }

  baseOf(schema: unknown, inherited: string): string {
    return isSchemaObject(schema) ? (this.bases.get(schema) ?? inherited) : inherited;
  }

  /** The schema a reference names, or undefined when nothing it can see has that URI. */
  resolve(ref: string, base: string): RefTarget | undefined {
    const url = resolveUri(ref, base);
    if (!url) return undefined;
    const document = withoutFragment(url);
    const fragment = decodeURIComponent(url.hash.slice(1));
    let resource = this.resources.get(document);
    if (resource === undefined && document in this.external) {
      this.index(this.external[document], document, true);
      resource = this.resources.get(document);
    }
    if (fragment === "" || !fragment.startsWith("/")) {
      const schema = fragment === "" ? resource : this.anchors.get(url.href);
      return schema === undefined ? undefined : { schema, base: this.baseOf(schema, document), uri: url.href };
    }
    if (resource === undefined) return undefined;
    let current: unknown = resource;
    let currentBase = this.baseOf(resource, document);
    for (const token of fragment.slice(1).split("/")) {
      const key = token.replace(/~1/g, "/").replace(/~0/g, "~");
      if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
      currentBase = this.baseOf(current, currentBase);
    }
    return { schema: current, base: currentBase, uri: url.href };
  }

  /** Records the base URI of every subschema, and every resource and anchor an `$id` declares. */
  private index(schema: unknown, base: string, isResource: boolean): void {
    if (isResource && !this.resources.has(base)) this.resources.set(base, schema);
    if (!isSchemaObject(schema) || this.bases.has(schema)) return;
    let own = base;
    // Draft-07: every keyword beside $ref is ignored, $id included.
    if (typeof schema.$id === "string" && typeof schema.$ref !== "string") {
      const url = resolveUri(schema.$id, base);
      if (url && schema.$id.startsWith("#")) this.anchors.set(url.href, schema);
      else if (url) {
        own = withoutFragment(url);
        if (!this.resources.has(own)) this.resources.set(own, schema);
        if (url.hash.length > 1) this.anchors.set(url.href, schema);
      }
    }
    this.bases.set(schema, own);
    for (const key of SINGLE) if (key in schema) this.index(schema[key], own, false);
    const items = schema.items;
    if (Array.isArray(items)) for (const item of items) this.index(item, own, false);
    else if (items !== undefined) this.index(items, own, false);
    for (const key of LISTS) {
      const list = schema[key];
      if (Array.isArray(list)) for (const item of list) this.index(item, own, false);
    }
    for (const key of [...MAPS, "dependencies"]) {
      const map = schema[key];
      if (!isSchemaObject(map)) continue;
      for (const sub of Object.values(map)) if (!Array.isArray(sub)) this.index(sub, own, false);
    }
  }
}
