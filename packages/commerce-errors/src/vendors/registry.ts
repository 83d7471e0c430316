// Every vendor the umbrella knows, in tie-break order (the generated vendorNames).
import { withVocabulary } from "./adapter.js";
import type { AnyDetectableAdapter } from "./any-adapter.js";
import { bigcommerce, bigcommerceVocabulary } from "./bigcommerce.js";
import { commercelayer, commercelayerVocabulary } from "./commercelayer.js";
import { commercetools, commercetoolsVocabulary } from "./commercetools.js";
import { elasticpath, elasticpathVocabulary } from "./elasticpath.js";
import { magento, magentoVocabulary } from "./magento.js";
import { medusa, medusaVocabulary } from "./medusa.js";
import { paypal, paypalVocabulary } from "./paypal.js";
import { saleor, saleorVocabulary } from "./saleor.js";
import { sfcc, sfccVocabulary } from "./sfcc.js";
import { shopify, shopifyVocabulary } from "./shopify.js";
import { stripe, stripeVocabulary } from "./stripe.js";
import { woocommerce, woocommerceVocabulary } from "./woocommerce.js";

/** All twelve, each with the vocabulary that tells it apart from the others (the root entry's scope). */
export const vendorAdapters: readonly AnyDetectableAdapter[] = [
  withVocabulary(bigcommerce, bigcommerceVocabulary),
  withVocabulary(commercelayer, commercelayerVocabulary),
  withVocabulary(commercetools, commercetoolsVocabulary),
  withVocabulary(elasticpath, elasticpathVocabulary),
  withVocabulary(magento, magentoVocabulary),
  withVocabulary(medusa, medusaVocabulary),
  withVocabulary(paypal, paypalVocabulary),
  withVocabulary(saleor, saleorVocabulary),
  withVocabulary(sfcc, sfccVocabulary),
  withVocabulary(shopify, shopifyVocabulary),
  withVocabulary(stripe, stripeVocabulary),
  withVocabulary(woocommerce, woocommerceVocabulary),
];
