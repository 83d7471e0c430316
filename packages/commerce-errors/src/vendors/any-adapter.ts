// An adapter of any vendor the umbrella knows, typed by the generated name unions (a leaf module,
// so that typing a value by vendor never imports the adapters themselves).
import type { EnvelopeName, VendorName } from "../generated/vendor-names.js";
import type { DetectableAdapter, VendorAdapter } from "./adapter.js";

export type AnyVendorAdapter = VendorAdapter<VendorName, EnvelopeName>;

export type AnyDetectableAdapter = DetectableAdapter<VendorName, EnvelopeName>;
