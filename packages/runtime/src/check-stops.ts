// Where validateErrorResponse's compiled checks stopped in the arrays they walked: a check of an
// array that meets a failing item notes the array and the item's index before it returns false,
// and the issue collector of that array starts at that index (the items before it passed the same
// item schema), so a body that fails at its 10th error is walked once, not twice. Cleared before
// and after each validation: a note holds the caller's array, and is true of this validation only.

/** Notes as flat triples (the array's site, its place in a schema; the array; the index), in a list that grows once and is reused: a note costs three stores. */
const MAX_NOTES = 64 * 3;
const stops: unknown[] = [];
/** Slots in use; an array of unions can stop in every item's branches, and the first notes are the outer arrays'. */
let used = 0;

/**
 * Notes where a walk of `array` at `site` stopped; returns false, the check's verdict. A stop at
 * the first item saves no work, and is the usual way another envelope's walk fails on a valid body:
 * it is not noted.
 */
export function stoppedAt(site: string, array: readonly unknown[], index: number): false {
  if (index > 0 && used < MAX_NOTES) {
    stops[used] = site;
    stops[used + 1] = array;
    stops[used + 2] = index;
    used += 3;
  }
  return false;
}

/** The index a collector of `array` at `site` starts at: where this validation's check stopped in it, else 0. */
export function resumeAt(site: string, array: readonly unknown[]): number {
  for (let i = 0; i < used; i += 3) if (stops[i] === site && stops[i + 1] === array) return stops[i + 2] as number;
  return 0;
}

/** Forgets the notes, and the caller's arrays they hold. */
export function clearStops(): void {
  if (used === 0) return;
  for (let i = 1; i < used; i += 3) stops[i] = undefined;
  used = 0;
}
