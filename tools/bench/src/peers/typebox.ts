// typebox 1.x: its JSON Schema compiler (`typebox/schema` Compile) on the same schema files.
import Schema from "typebox/schema";
import { loadEnvelopeSchemas, type Vendor } from "../vendors.js";

export function typeboxCompiled(vendor: Vendor): (value: unknown) => boolean {
  const validators = loadEnvelopeSchemas(vendor).map((schema) => Schema.Compile(schema as never));
  return (value) => {
    for (const validator of validators) if (validator.Check(value)) return true;
    return false;
  };
}
