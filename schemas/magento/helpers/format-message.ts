// Magento's messages carry placeholders (%1, %fieldName) filled from `parameters`, as its
// Phrase placeholder renderer does: an array fills %1, %2 ...; an object fills %<key>.
import type { MessageParameters, MessageParameterValue } from "../types.js";

const PLACEHOLDER = /%(\d+|[A-Za-z_][A-Za-z0-9_]*)/g;

/** PHP's string conversion, which Magento applies: null and false are empty, true is "1". */
function render(value: MessageParameterValue): string {
  if (value === null || value === false) return "";
  return value === true ? "1" : String(value);
}

/**
 * A readable message from a Magento error or error item: `{ message: "The \"%1\" value doesn't exist.",
 * parameters: ["sku"] }` -> `The "sku" value doesn't exist.` Unknown placeholders are left as they are.
 */
export function formatMessage(error: { message: string; parameters?: MessageParameters }): string {
  const { message, parameters } = error;
  if (!parameters) return message;
  return message.replace(PLACEHOLDER, (placeholder: string, name: string) => {
    // PHP numbers positional parameters from 0 and placeholders from 1: %1 is key 0.
    const key = /^\d+$/.test(name) ? String(Number(name) - 1) : name;
    const value = Array.isArray(parameters)
      ? /^\d+$/.test(name) ? parameters[Number(key)] : undefined
      : Object.prototype.hasOwnProperty.call(parameters, key) ? parameters[key] : undefined;
    return value === undefined ? placeholder : render(value);
  });
}
