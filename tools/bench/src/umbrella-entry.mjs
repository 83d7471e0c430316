// Child process of the umbrella import bench: `node umbrella-entry.mjs <specifier>` prints how long
// `import(specifier)` took, in ms. Plain JavaScript: no loader between node and the package.
const t0 = performance.now();
await import(process.argv[2]);
process.stdout.write(String(performance.now() - t0));
