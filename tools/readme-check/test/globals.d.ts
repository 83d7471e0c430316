// What README examples leave to the reader: your URL, your request, your SDK clients. Declared here,
// loosely where a block only passes them on, so that the blocks type-check as written.
declare const url: string;
declare const init: RequestInit;
declare const body: string;
declare const json: Record<string, unknown>;
declare const headers: Record<string, string>;
declare const key: string;
declare const baseURL: string;
declare const capturedBody: string;
declare const response: Response;
declare const result: unknown;
/** What reached a catch. */
declare const caught: unknown;
declare function scheduleRetry(): void;
declare function retryWithVersion(version: number | undefined): void;
declare function callTheApi(): Promise<unknown>;

// The SDK clients and HTTP clients of "Catch what your SDK or HTTP client threw" (commerce-errors
// README), as the reader set them up; only passed through to the client, so typed loosely.
// biome-ignore-start lint/suspicious/noExplicitAny: a reader's own client objects
declare const stripe: any;
declare const apiRoot: any;
declare const cl: any;
declare const client: any;
declare const orders: any;
declare const sdk: any;
declare const baskets: any;
declare const api: any;
declare const gql: any;
declare const ky: any;
declare const ofetch: any;
declare const got: any;
declare const cart: { version: number };
// biome-ignore-end lint/suspicious/noExplicitAny: a reader's own client objects
declare const ID: string;
declare const id: string;
declare const version: number;
declare const actions: unknown[];
declare const attributes: Record<string, unknown>;
declare const query: string;
declare const paypalRequestId: string;
declare const cartId: string;
declare const item: Record<string, unknown>;
declare const basketId: string;

// "What kind of failure", "Observability" and "Stay under the rate limit" (commerce-errors README):
// the reader's own functions, settings and values.
declare function askForAnotherCard(): void;
declare function slowDown(): void;
declare function confirmPayment(): Promise<unknown>;
declare function callVendor(): Promise<unknown>;
declare const e: unknown;
declare const error: import("commerce-errors").NormalizedError;
declare const dsn: string;
declare const destination: import("node:stream").Writable;
declare const i18n: { t(key: string, options: { defaultValue: string }): string };
declare const germanMessages: Record<string, string>;
declare const storeHash: string;
declare const shop: string;
declare const accessToken: string;
declare const variables: Record<string, unknown>;
