/** A mistake in how a command was called (unknown vendor, no schemas/ folder): exit 2, not a schema problem. */
export class UsageError extends Error {}
