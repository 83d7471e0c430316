// Every vendor the umbrella knows, in tie-break order, each made from its package's /core alone.
import { detectableAdapterFromCore, type DetectableAdapter, type VendorAdapter } from "./adapter.js";
import * as bigcommerceCore from "@commerce-errors/bigcommerce/core";
import * as commercelayerCore from "@commerce-errors/commercelayer/core";
import * as commercetoolsCore from "@commerce-errors/commercetools/core";
import * as elasticpathCore from "@commerce-errors/elasticpath/core";
import * as magentoCore from "@commerce-errors/magento/core";
import * as medusaCore from "@commerce-errors/medusa/core";
import * as paypalCore from "@commerce-errors/paypal/core";
import * as saleorCore from "@commerce-errors/saleor/core";
import * as sfccCore from "@commerce-errors/sfcc/core";
import * as shopifyCore from "@commerce-errors/shopify/core";
import * as stripeCore from "@commerce-errors/stripe/core";
import * as woocommerceCore from "@commerce-errors/woocommerce/core";

const bigcommerce = /* @__PURE__ */ detectableAdapterFromCore(bigcommerceCore);
const commercelayer = /* @__PURE__ */ detectableAdapterFromCore(commercelayerCore);
const commercetools = /* @__PURE__ */ detectableAdapterFromCore(commercetoolsCore);
const elasticpath = /* @__PURE__ */ detectableAdapterFromCore(elasticpathCore);
const magento = /* @__PURE__ */ detectableAdapterFromCore(magentoCore);
const medusa = /* @__PURE__ */ detectableAdapterFromCore(medusaCore);
const paypal = /* @__PURE__ */ detectableAdapterFromCore(paypalCore);
const saleor = /* @__PURE__ */ detectableAdapterFromCore(saleorCore);
const sfcc = /* @__PURE__ */ detectableAdapterFromCore(sfccCore);
const shopify = /* @__PURE__ */ detectableAdapterFromCore(shopifyCore);
const stripe = /* @__PURE__ */ detectableAdapterFromCore(stripeCore);
const woocommerce = /* @__PURE__ */ detectableAdapterFromCore(woocommerceCore);

const adapters = [bigcommerce, commercelayer, commercetools, elasticpath, magento, medusa, paypal, saleor, sfcc, shopify, stripe, woocommerce] as const;

export type VendorName = (typeof adapters)[number]["vendor"]["name"];

/** Every envelope name of every vendor, e.g. "StandardErrorResponse" or "RestV3Error". */
export type EnvelopeName = (typeof adapters)[number]["envelopeNames"][number];

export type AnyVendorAdapter = VendorAdapter<VendorName, EnvelopeName>;

export type AnyDetectableAdapter = DetectableAdapter<VendorName, EnvelopeName>;

/** All twelve, each with the hints and marks that tell it apart from the others (the root entry's scope). */
export const vendorAdapters: readonly AnyDetectableAdapter[] = adapters;

export const vendorNames: readonly VendorName[] = adapters.map((adapter) => adapter.vendor.name);
