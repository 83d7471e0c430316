// Every vendor the umbrella knows, in tie-break order. Adding a vendor: its module, then one line here.
import type { VendorAdapter } from "./adapter.js";
import { bigcommerce } from "./bigcommerce.js";
import { commercelayer } from "./commercelayer.js";
import { commercetools } from "./commercetools.js";
import { elasticpath } from "./elasticpath.js";
import { magento } from "./magento.js";
import { medusa } from "./medusa.js";
import { paypal } from "./paypal.js";
import { saleor } from "./saleor.js";
import { sfcc } from "./sfcc.js";
import { shopify } from "./shopify.js";
import { stripe } from "./stripe.js";
import { woocommerce } from "./woocommerce.js";

const adapters = [
  bigcommerce,
  commercelayer,
  commercetools,
  elasticpath,
  magento,
  medusa,
  paypal,
  saleor,
  sfcc,
  shopify,
  stripe,
  woocommerce,
] as const;

export type VendorName = (typeof adapters)[number]["vendor"]["name"];

/** Every envelope name of every vendor, e.g. "StandardErrorResponse" or "RestV3Error". */
export type EnvelopeName = (typeof adapters)[number]["envelopeNames"][number];

export type AnyVendorAdapter = VendorAdapter<VendorName, EnvelopeName>;

export const vendorAdapters: readonly AnyVendorAdapter[] = adapters;

export const vendorNames: readonly VendorName[] = adapters.map((adapter) => adapter.vendor.name);

export function findVendorAdapter(name: string): AnyVendorAdapter | undefined {
  return vendorAdapters.find((adapter) => adapter.vendor.name === name);
}
