/** A problem with how the CLI was called (exit 2), as opposed to a verdict on the input (exit 1). */
export class UsageError extends Error {
  override name = "UsageError";
}
