// A value whose every named trap throws: the hostile input that "never throws" tests hand over.

type Trap = "get" | "has" | "ownKeys" | "getPrototypeOf" | "getOwnPropertyDescriptor";

/**
 * An empty object behind a Proxy whose `traps` throw. With `spareSymbols`, `get` and `has` answer
 * symbol keys normally (fast-check looks up symbols on the values it generates).
 */
export function hostileProxy(traps: readonly Trap[], { spareSymbols = false }: { spareSymbols?: boolean } = {}): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of traps) {
    (handler as Record<Trap, (target: object, key?: PropertyKey) => unknown>)[trap] = (target, key) => {
      if (spareSymbols && typeof key === "symbol") return trap === "has" ? Reflect.has(target, key) : undefined;
      throw new Error(`hostile ${trap}`);
    };
  }
  return new Proxy({}, handler);
}
