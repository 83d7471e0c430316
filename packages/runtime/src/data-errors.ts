// Finds the errors a GraphQL API returns as data (mutation payloads' `errors`, `userErrors`, ...):
// every non-empty list under one of the vendor's error keys, at most `depth` fields below `data`
// (schemas/<vendor>/vendor.json "dataErrors"). Never throws.
import { escapeToken } from "./pointer.js";

/** Which keys hold errors inside `data`, and how deep below it they may sit. */
export interface DataErrorRule {
  readonly keys: readonly string[];
  /** 1: data.<mutation>.<key>; 2: data.<namespace>.<mutation>.<key>; lists of payloads count as a level. */
  readonly depth: number;
}

/** One list of errors found inside `data`. */
export interface DataErrorList<E = unknown> {
  /** JSON Pointer into `data` to the list, e.g. `/customer/updateCustomerAddress/errors`. */
  pointer: string;
  errors: E[];
}

function collect(value: unknown, pointer: string, levelsLeft: number, rule: DataErrorRule, found: DataErrorList[]): void {
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      collect(item, `${pointer}/${index}`, levelsLeft, rule, found);
    });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const childPointer = `${pointer}/${escapeToken(key)}`;
    if (rule.keys.includes(key) && Array.isArray(child)) {
      if (child.length > 0) found.push({ pointer: childPointer, errors: child });
    } else if (levelsLeft > 0) {
      collect(child, childPointer, levelsLeft - 1, rule, found);
    }
  }
}

/** The non-empty error lists inside a response's `data`, in document order; [] when none. */
export function findErrorsInData<E = unknown>(response: unknown, rule: DataErrorRule): DataErrorList<E>[] {
  try {
    const data = typeof response === "object" && response !== null ? (response as { data?: unknown }).data : undefined;
    const found: DataErrorList[] = [];
    if (typeof data === "object" && data !== null && !Array.isArray(data)) {
      for (const [field, payload] of Object.entries(data)) collect(payload, `/${escapeToken(field)}`, rule.depth - 1, rule, found);
    }
    return found as DataErrorList<E>[];
  } catch {
    return [];
  }
}
