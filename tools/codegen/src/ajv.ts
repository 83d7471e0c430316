// The one AJV configuration used both to check schemas and to emit validators, so they agree.
import { Ajv } from "ajv";

export function createVendorAjv(): Ajv {
  return new Ajv({
    strict: true,
    allowUnionTypes: true, // `"type": ["integer", "string"]` is how schemas/ say "either"
    discriminator: true,
    allErrors: false, // first issue only: guards stay fast, and the discriminator keeps that issue precise
    validateFormats: false, // schemas/ use no formats; see schemas/README.md
    code: { source: true, esm: true, lines: true },
  });
}
