// RFC 6901 JSON Pointers: how the playground names every value of the body it shows.
export const escapeToken = (token: string) => token.replace(/~/g, "~0").replace(/\//g, "~1");

export const childPointer = (parent: string, key: string | number) => `${parent}/${escapeToken(String(key))}`;

/** "/a/b/0" -> "/a/b"; the root "" has no parent. */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}
