// Every vendor the umbrella knows, in tie-break order, each made from its package's /core alone. Each
// member is named (not the namespace passed whole), so a bundle keeps only what the adapters use.
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

const bigcommerce = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: bigcommerceCore.vendorName,
  requestIdHeaders: bigcommerceCore.requestIdHeaders,
  envelopeNames: bigcommerceCore.envelopeNames,
  matchErrorEnvelope: bigcommerceCore.matchErrorEnvelope,
  summarizeStatus: bigcommerceCore.summarizeStatus,
  errorReading: bigcommerceCore.errorReading,
  vendor: bigcommerceCore.vendor,
  errorMarks: bigcommerceCore.errorMarks,
});
const commercelayer = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: commercelayerCore.vendorName,
  requestIdHeaders: commercelayerCore.requestIdHeaders,
  envelopeNames: commercelayerCore.envelopeNames,
  matchErrorEnvelope: commercelayerCore.matchErrorEnvelope,
  summarizeStatus: commercelayerCore.summarizeStatus,
  errorReading: commercelayerCore.errorReading,
  vendor: commercelayerCore.vendor,
  errorMarks: commercelayerCore.errorMarks,
});
const commercetools = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: commercetoolsCore.vendorName,
  requestIdHeaders: commercetoolsCore.requestIdHeaders,
  envelopeNames: commercetoolsCore.envelopeNames,
  matchErrorEnvelope: commercetoolsCore.matchErrorEnvelope,
  summarizeStatus: commercetoolsCore.summarizeStatus,
  errorReading: commercetoolsCore.errorReading,
  vendor: commercetoolsCore.vendor,
  errorMarks: commercetoolsCore.errorMarks,
});
const elasticpath = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: elasticpathCore.vendorName,
  requestIdHeaders: elasticpathCore.requestIdHeaders,
  envelopeNames: elasticpathCore.envelopeNames,
  matchErrorEnvelope: elasticpathCore.matchErrorEnvelope,
  summarizeStatus: elasticpathCore.summarizeStatus,
  errorReading: elasticpathCore.errorReading,
  vendor: elasticpathCore.vendor,
  errorMarks: elasticpathCore.errorMarks,
});
const magento = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: magentoCore.vendorName,
  requestIdHeaders: magentoCore.requestIdHeaders,
  envelopeNames: magentoCore.envelopeNames,
  matchErrorEnvelope: magentoCore.matchErrorEnvelope,
  summarizeStatus: magentoCore.summarizeStatus,
  errorReading: magentoCore.errorReading,
  vendor: magentoCore.vendor,
  errorMarks: magentoCore.errorMarks,
});
const medusa = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: medusaCore.vendorName,
  requestIdHeaders: medusaCore.requestIdHeaders,
  envelopeNames: medusaCore.envelopeNames,
  matchErrorEnvelope: medusaCore.matchErrorEnvelope,
  summarizeStatus: medusaCore.summarizeStatus,
  errorReading: medusaCore.errorReading,
  vendor: medusaCore.vendor,
  errorMarks: medusaCore.errorMarks,
});
const paypal = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: paypalCore.vendorName,
  requestIdHeaders: paypalCore.requestIdHeaders,
  envelopeNames: paypalCore.envelopeNames,
  matchErrorEnvelope: paypalCore.matchErrorEnvelope,
  summarizeStatus: paypalCore.summarizeStatus,
  errorReading: paypalCore.errorReading,
  vendor: paypalCore.vendor,
  errorMarks: paypalCore.errorMarks,
});
const saleor = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: saleorCore.vendorName,
  requestIdHeaders: saleorCore.requestIdHeaders,
  envelopeNames: saleorCore.envelopeNames,
  matchErrorEnvelope: saleorCore.matchErrorEnvelope,
  summarizeStatus: saleorCore.summarizeStatus,
  errorReading: saleorCore.errorReading,
  vendor: saleorCore.vendor,
  errorMarks: saleorCore.errorMarks,
});
const sfcc = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: sfccCore.vendorName,
  requestIdHeaders: sfccCore.requestIdHeaders,
  envelopeNames: sfccCore.envelopeNames,
  matchErrorEnvelope: sfccCore.matchErrorEnvelope,
  summarizeStatus: sfccCore.summarizeStatus,
  errorReading: sfccCore.errorReading,
  vendor: sfccCore.vendor,
  errorMarks: sfccCore.errorMarks,
});
const shopify = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: shopifyCore.vendorName,
  requestIdHeaders: shopifyCore.requestIdHeaders,
  envelopeNames: shopifyCore.envelopeNames,
  matchErrorEnvelope: shopifyCore.matchErrorEnvelope,
  summarizeStatus: shopifyCore.summarizeStatus,
  errorReading: shopifyCore.errorReading,
  vendor: shopifyCore.vendor,
  errorMarks: shopifyCore.errorMarks,
});
const stripe = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: stripeCore.vendorName,
  requestIdHeaders: stripeCore.requestIdHeaders,
  envelopeNames: stripeCore.envelopeNames,
  matchErrorEnvelope: stripeCore.matchErrorEnvelope,
  summarizeStatus: stripeCore.summarizeStatus,
  errorReading: stripeCore.errorReading,
  vendor: stripeCore.vendor,
  errorMarks: stripeCore.errorMarks,
});
const woocommerce = /* @__PURE__ */ detectableAdapterFromCore({
  vendorName: woocommerceCore.vendorName,
  requestIdHeaders: woocommerceCore.requestIdHeaders,
  envelopeNames: woocommerceCore.envelopeNames,
  matchErrorEnvelope: woocommerceCore.matchErrorEnvelope,
  summarizeStatus: woocommerceCore.summarizeStatus,
  errorReading: woocommerceCore.errorReading,
  vendor: woocommerceCore.vendor,
  errorMarks: woocommerceCore.errorMarks,
});

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

export type AnyDetectableAdapter = DetectableAdapter<VendorName, EnvelopeName>;

/** All twelve, each with the hints and marks that tell it apart from the others (the root entry's scope). */
export const vendorAdapters: readonly AnyDetectableAdapter[] = adapters;

export const vendorNames: readonly VendorName[] = adapters.map((adapter) => adapter.vendor.name);
