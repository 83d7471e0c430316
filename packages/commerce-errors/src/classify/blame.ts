// Whose fault a failure is: its own module, so that the error shape can name it without importing the classifier.
/** Whose fault: the request (`client`), the vendor's side (`vendor`), or the way between (`network`). */
export type ErrorBlame = "client" | "vendor" | "network";
