// Hostile inputs: a validator is a security boundary. Each case must get an answer, never a throw.
import { describe, expect, it } from "vitest";
import { hostileProxy } from "./hostile-proxy.js";
import { readEnvelopeSchemas } from "./fixtures.js";
import type { VendorPackage } from "./vendor-package.js";

/** Runs every entry point on a value; returns the guard's verdict after checking they agree. */
function answer(pkg: VendorPackage, value: unknown): boolean {
  const guard = pkg.isErrorResponse(value);
  const result = pkg.validateErrorResponse(value);
  expect(result.valid).toBe(guard);
  expect(typeof pkg.matchErrorEnvelope(value) === "string").toBe(guard);
  return guard;
}

function deeplyNested(depth: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value, errors: [value] };
  return value;
}

export function describeHostileInputs(pkg: VendorPackage, vendor: string): void {
  const examples = readEnvelopeSchemas(vendor).flatMap((envelope) => envelope.examples);
  const objectExample = examples.find((e) => typeof e === "object" && e !== null && !Array.isArray(e)) as
    | Record<string, unknown>
    | undefined;

  describe("hostile inputs", () => {
    it("cyclic objects", () => {
      const cyclic: Record<string, unknown> = { ...objectExample };
      cyclic.self = cyclic;
      const list: unknown[] = [];
      list.push(list);
      cyclic.errors = Array.isArray(cyclic.errors) ? [...(cyclic.errors as unknown[]), cyclic] : cyclic.errors;
      answer(pkg, cyclic);
      expect(answer(pkg, list)).toBe(false);
    });

    it("objects whose getters throw", () => {
      const trap = {};
      for (const key of ["errors", "status", "statusCode", "message", "title", "type", "code", "error", "data", "0", "length"]) {
        Object.defineProperty(trap, key, {
          enumerable: true,
          get: () => {
            throw new Error(`getter ${key}`);
          },
        });
      }
      expect(answer(pkg, trap)).toBe(false);
      const result = pkg.validateErrorResponse(trap);
      expect(result.valid).toBe(false);
    });

    it("Proxies, including revoked ones and ones whose every trap throws", () => {
      const throwing = hostileProxy(["get", "has", "ownKeys", "getPrototypeOf", "getOwnPropertyDescriptor"]);
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(answer(pkg, throwing)).toBe(false);
      expect(answer(pkg, proxy)).toBe(false);
      const transparent = new Proxy(objectExample ?? {}, {});
      expect(answer(pkg, transparent)).toBe(objectExample ? pkg.isErrorResponse(objectExample) : false);
    });

    it("Object.create(null) objects are judged by their content", () => {
      if (!objectExample) return;
      const bare = Object.assign(Object.create(null) as object, objectExample);
      expect(answer(pkg, bare)).toBe(true);
    });

    it("__proto__, constructor and prototype keys from JSON.parse never pollute Object.prototype", () => {
      const base = JSON.stringify(objectExample ?? {}).slice(1, -1);
      const text = `{"__proto__":{"polluted":true,"errors":[]},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}${base ? `,${base}` : ""}}`;
      const value = JSON.parse(text);
      answer(pkg, value);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    });

    it("nesting 100,000 levels deep", () => {
      expect(answer(pkg, deeplyNested(100_000))).toBe(false);
      let array: unknown = [];
      for (let i = 0; i < 100_000; i++) array = [array];
      expect(answer(pkg, array)).toBe(false);
      if (objectExample) expect(answer(pkg, { ...objectExample, extra: deeplyNested(100_000) })).toBe(true);
    });

    it("a 50 MB string field", () => {
      const huge = "x".repeat(50 * 1024 * 1024);
      expect(answer(pkg, huge)).toBe(false);
      if (objectExample) expect(answer(pkg, { ...objectExample, extra: huge })).toBe(true);
    });

    it("an array of 1,000,000 errors", () => {
      const arrayExample = examples.find((e) => Array.isArray(e)) as unknown[] | undefined;
      const withList = examples.find((e) => Array.isArray((e as { errors?: unknown })?.errors)) as { errors: unknown[] } | undefined;
      if (withList) {
        const many = { ...withList, errors: Array.from({ length: 1_000_000 }, (_, i) => withList.errors[i % withList.errors.length]) };
        expect(answer(pkg, many)).toBe(true);
        const lastBroken = { ...many, errors: [...many.errors.slice(0, -1), 42] };
        expect(answer(pkg, lastBroken)).toBe(false);
      }
      if (arrayExample)
        expect(
          answer(
            pkg,
            Array.from({ length: 1_000_000 }, (_, i) => arrayExample[i % arrayExample.length]),
          ),
        ).toBe(true);
      // Envelopes with one error per body: a million-item array as an undocumented field is still judged quickly.
      if (objectExample)
        expect(answer(pkg, { ...objectExample, extra: Array.from({ length: 1_000_000 }, (_, i) => ({ code: `E${i}` })) })).toBe(true);
      expect(withList ?? arrayExample ?? objectExample).toBeDefined();
    });

    it("NaN, Infinity, -0 and 1e309 in place of every number", () => {
      for (const example of examples) {
        for (const odd of [Number.NaN, Number.POSITIVE_INFINITY, -0, Number.parseFloat("1e309"), Number.MAX_VALUE]) {
          const mutated = JSON.parse(JSON.stringify(example), (_key, value) => (typeof value === "number" ? odd : value));
          const verdict = answer(pkg, mutated);
          if (Number.isNaN(odd) || !Number.isFinite(odd)) {
            // a non-finite number is never an integer: where the example had an integer status, it is rejected
            if (hasIntegerStatus(example)) expect(verdict).toBe(false);
          }
        }
      }
    });

    it("lone surrogates in strings", () => {
      for (const example of examples) {
        const mutated = JSON.parse(JSON.stringify(example), (_key, value) => (typeof value === "string" ? `${value}\uD800` : value));
        answer(pkg, mutated);
      }
    });
  });
}

function hasIntegerStatus(example: unknown): boolean {
  if (typeof example !== "object" || example === null || Array.isArray(example)) return false;
  const record = example as Record<string, unknown>;
  return Number.isInteger(record.statusCode);
}
