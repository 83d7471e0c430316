// Where validateErrorResponse's compiled checks stopped in the arrays they walked: a check of an
// array that meets a failing item notes the array and the item's index before it returns false,
// and the issue collector of that array starts at that index (the items before it passed the same
// item schema), so a body that fails at its 10th error is walked once, not twice. Cleared before
// and after each validation: a note holds the caller's array, and is true of this validation only.

/** Notes as flat triples: the array's site (its place in a schema), the array, the index. */
const stops: unknown[] = [];
/** Triples kept at most: an array of unions can stop in every item's branches; the first notes are the walk's outer arrays. */
const MAX_NOTES = 64 * 3;

/** Notes where a walk of `array` at `site` stopped; returns false, the check's verdict. */
export function stoppedAt(site: string, array: readonly unknown[], index: number): false {
  if (stops.length < MAX_NOTES) stops.push(site, array, index);
  return false;
}

/** The index a collector of `array` at `site` starts at: where this validation's check stopped in it, else 0. */
export function resumeAt(site: string, array: readonly unknown[]): number {
  for (let i = 0; i < stops.length; i += 3) if (stops[i] === site && stops[i + 1] === array) return stops[i + 2] as number;
  return 0;
}

export function clearStops(): void {
  if (stops.length > 0) stops.length = 0;
}
