// Every implementation of "is this body one of the vendor's error envelopes?" that the bench compares.
import * as bigcommerce from "@commerce-errors/bigcommerce";
import * as commercelayer from "@commerce-errors/commercelayer";
import * as commercetools from "@commerce-errors/commercetools";
import * as elasticpath from "@commerce-errors/elasticpath";
import * as v from "valibot";
import * as handBigcommerce from "./hand/bigcommerce.js";
import * as handCommercelayer from "./hand/commercelayer.js";
import * as handCommercetools from "./hand/commercetools.js";
import * as handElasticpath from "./hand/elasticpath.js";
import { ajvRuntime } from "./peers/ajv-runtime.js";
import { ajvStandalone } from "./peers/ajv-standalone.js";
import { arktypeSchemas } from "./peers/arktype.js";
import { typeboxCompiled } from "./peers/typebox.js";
import { valibotSchemas } from "./peers/valibot.js";
import { zodSchemas } from "./peers/zod.js";
import type { Vendor } from "./vendors.js";

export const IMPLEMENTATION_IDS = ["is", "validate", "hand", "ajv-rt", "ajv-sa", "typebox", "zod", "valibot", "arktype"] as const;
export type ImplementationId = (typeof IMPLEMENTATION_IDS)[number];

export const IMPLEMENTATION_LABELS: Record<ImplementationId, string> = {
  is: "isErrorResponse (ours)",
  validate: "validateErrorResponse (ours, collects issues)",
  hand: "hand-written guard",
  "ajv-rt": "AJV, runtime compile",
  "ajv-sa": "AJV standalone, default options plus the three the schemas need (discriminator, allowUnionTypes, validateFormats off)",
  typebox: "typebox 1.x Compile (JSON Schema)",
  zod: "zod 4 safeParse",
  valibot: "valibot is",
  arktype: "arktype allows",
};

export interface Implementation {
  id: ImplementationId;
  check: (value: unknown) => boolean;
}

const packages = { bigcommerce, commercelayer, commercetools, elasticpath };
const hand = {
  bigcommerce: handBigcommerce,
  commercelayer: handCommercelayer,
  commercetools: handCommercetools,
  elasticpath: handElasticpath,
};

/** zod, valibot and arktype are written for all four vendors. */
export const LIBRARY_VENDORS: readonly Vendor[] = ["bigcommerce", "commercelayer", "commercetools", "elasticpath"];

export async function loadImplementations(vendor: Vendor): Promise<Implementation[]> {
  const ours = packages[vendor];
  const zod = zodSchemas[vendor];
  const valibot = valibotSchemas[vendor];
  const arktype = arktypeSchemas[vendor];
  const implementations: Implementation[] = [
    { id: "is", check: ours.isErrorResponse },
    { id: "validate", check: (value) => ours.validateErrorResponse(value).valid },
    { id: "hand", check: hand[vendor].isErrorResponse },
    { id: "ajv-rt", check: ajvRuntime(vendor) },
    { id: "ajv-sa", check: await ajvStandalone(vendor) },
    { id: "typebox", check: typeboxCompiled(vendor) },
  ];
  if (LIBRARY_VENDORS.includes(vendor)) {
    implementations.push(
      { id: "zod", check: (value) => zod.safeParse(value).success },
      { id: "valibot", check: (value) => v.is(valibot, value) },
      { id: "arktype", check: (value) => arktype.allows(value) },
    );
  }
  return implementations;
}
