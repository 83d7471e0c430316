/** commerce-errors/messages: shopper messages by `messageKey`, English, with a translation hook. */
export {
  englishMessages,
  shopperMessage,
  type ShopperCodeKey,
  type ShopperMessageKey,
  type ShopperMessageOptions,
} from "./observe/messages.js";
