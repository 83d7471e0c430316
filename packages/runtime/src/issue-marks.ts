// What the collector notes about each issue for ranking readings (explain.ts `rankIssues`): bits,
// kept beside the issues (one number per issue, in the same order), so the issues stay plain
// objects and a mark costs an array write, where a WeakSet per mark grew with every issue ever
// made and cost a hash lookup (and garbage-collector work) each time.

/** A type issue where an object or an array is wanted: a reading of another shape. */
export const SHAPE_MISMATCH = 1;
/** A value outside a closed list, or one the reading excludes (`not`, `false`). */
export const FOREIGN_VALUE = 2;
/** A foreign value of the list's own type: most likely one another reading documents. */
export const DOCUMENTED_ELSEWHERE = 4;
