// AJV compiled at runtime from the schema files, with the options our schemas need and nothing more.
import { Ajv } from "ajv";
import { loadEnvelopeSchemas, type Vendor } from "../vendors.js";

export const AJV_OPTIONS = { discriminator: true, allowUnionTypes: true, validateFormats: false } as const;

/** One validator per envelope, tried in vendor.json order, like the package's isErrorResponse. */
export function ajvRuntime(vendor: Vendor): (value: unknown) => boolean {
  const ajv = new Ajv(AJV_OPTIONS);
  const validators = loadEnvelopeSchemas(vendor).map((schema) => ajv.compile(schema));
  return (value) => {
    for (const validate of validators) if (validate(value)) return true;
    return false;
  };
}
