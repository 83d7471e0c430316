// The shared runtime (tools/codegen/runtime/*.ts) is copied into every package, so each package
// stands alone with zero dependencies. It is written and tested once, here.
import { readdirSync, readFileSync } from "node:fs";
import type { VendorModel } from "../model/vendor-model.js";
import { type GeneratedFile, generatedHeader } from "./generated-file.js";

const runtimeDir = new URL("../../runtime/", import.meta.url);

export function emitRuntime(model: VendorModel): GeneratedFile[] {
  return readdirSync(runtimeDir)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => ({
      path: `src/runtime/${name}`,
      content: `${generatedHeader(model).replace(`from schemas/${model.name}/`, `from tools/codegen/runtime/${name}`)}\n${readFileSync(new URL(name, runtimeDir), "utf8")}`,
    }));
}
