/** commerce-errors/pino: an `err` serializer for CommerceApiErrors (README: "Observability"). */
export {
  commerceErrorSerializer,
  type PinoSerializerOptions,
  type SerializedCommerceError,
} from "./observe/pino.js";
