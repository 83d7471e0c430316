// Child process of the cold-start bench (goal 2): `node cold-entry.mjs <specifier|none> <body JSON>`.
// Imports one module (a vendor package, or a bundle of one), validates one body with it and prints
// the in-process timings as JSON. Plain JavaScript on purpose: no loader (tsx) may sit between node
// and the package.
const started = performance.now();
const [specifier, json] = process.argv.slice(2);
const body = JSON.parse(json);
const result = { importMs: 0, firstIsMs: 0, firstValidateMs: 0, sinceStartMs: 0 };
if (specifier !== "none") {
  const t0 = performance.now();
  const pkg = await import(specifier);
  const t1 = performance.now();
  const is = pkg.isErrorResponse(body);
  const t2 = performance.now();
  // The hand-written control has no validateErrorResponse.
  const valid = pkg.validateErrorResponse ? pkg.validateErrorResponse(body).valid : true;
  const t3 = performance.now();
  if (is !== true || valid !== true) {
    console.error(`cold-entry: ${specifier} rejected the body`);
    process.exit(3);
  }
  Object.assign(result, { importMs: t1 - t0, firstIsMs: t2 - t1, firstValidateMs: t3 - t2 });
}
result.sinceStartMs = performance.now() - started;
process.stdout.write(JSON.stringify(result));
