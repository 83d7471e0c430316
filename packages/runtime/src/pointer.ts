// JSON Pointers (RFC 6901): escaping a key into a token, and the value a pointer names.

/** `a/b~c` -> `a~1b~0c` */
export function escapeToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapeToken(token: string): string {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

/**
 * The value at a pointer ("" is the value itself), or undefined. Own members only, unless
 * `inherited` (an Error's `name` sits on its class's prototype).
 */
export function valueAt(value: unknown, pointer: string, { inherited = false }: { inherited?: boolean } = {}): unknown {
  if (pointer === "") return value;
  let current = value;
  for (const token of pointer.slice(1).split("/")) {
    if (typeof current !== "object" || current === null) return undefined;
    const key = unescapeToken(token);
    // biome-ignore lint/suspicious/noPrototypeBuiltins: Object.hasOwn needs lib ES2022, which the packages do not build against
    if (!(inherited ? key in current : Object.prototype.hasOwnProperty.call(current, key))) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
