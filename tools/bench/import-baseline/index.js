// One export, nothing to run: what importing any package costs a fresh node process.
export const baseline = true;
