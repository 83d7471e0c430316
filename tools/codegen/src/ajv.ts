// The one AJV configuration used both to check schemas and to emit validators, so they agree.
import { Ajv, type Options } from "ajv";

/** `overrides`: for tests that cross-check draft-07 schemas AJV's strict mode would refuse. */
export function createVendorAjv(overrides: Options = {}): Ajv {
  return new Ajv({
    strict: true,
    allowUnionTypes: true, // `"type": ["integer", "string"]` is how schemas/ say "either"
    discriminator: true,
    ownProperties: true, // JSON Schema means own properties: `{}` has no "constructor" (as the compiled checks read them)
    allErrors: false, // first issue only: guards stay fast, and the discriminator keeps that issue precise
    validateFormats: false, // formats are annotations, never asserted; see schemas/README.md
    multipleOfPrecision: 9, // 19.99 is a multiple of 0.01 (the compiled checks compare decimals exactly)
    code: { source: true, esm: true, lines: true },
    ...overrides,
  });
}
