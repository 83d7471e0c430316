// Bodies one break away from a real one, for the tests that compare a compiled reading or
// collector with the interpreter of the same rules.

/** Each leaf replaced by each of a few values of other types, one leaf at a time. */
export function brokenCopies(body: unknown): unknown[] {
  const replacements: unknown[] = [null, 1.5, "", "a.b[0]", true, [], { x: 1 }];
  const copies: unknown[] = [];
  const visit = (value: unknown, replace: (next: unknown) => unknown) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, (next) => replace(value.map((each, at) => (at === index ? next : each))));
      copies.push(replace([]));
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) {
        visit((value as Record<string, unknown>)[key], (next) => replace({ ...value, [key]: next }));
        const { [key]: _, ...rest } = value as Record<string, unknown>;
        copies.push(replace(rest));
      }
    }
    for (const next of replacements) copies.push(replace(next));
  };
  visit(body, (next) => next);
  return copies;
}
