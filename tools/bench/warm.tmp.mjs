await import("/tmp/empty.mjs");
const t0 = performance.now();
await import(process.argv[2]);
process.stdout.write((performance.now() - t0).toFixed(2));
