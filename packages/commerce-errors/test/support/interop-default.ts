// Some SDKs ship ESM code with CommonJS-style typings: at runtime the default import is the class,
// for TypeScript it is the module with a `default`. This gives the class either way.
export function interopDefault<Module extends { default: unknown }>(module: Module): Module["default"] {
  const inner = (module as { default?: unknown }).default;
  return (inner ?? module) as Module["default"];
}
