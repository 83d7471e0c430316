// The module reader on small JavaScript files shaped like the vendors' packages (test/fixtures/codes-module.*).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { installedPackage } from "../src/source/installed-package.js";
import { ModuleValueError, readModuleStrings } from "../src/source/read-module.js";
import { readCodeList } from "../src/sync.js";
import { VENDOR_SOURCES } from "../src/vendors.js";

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

describe("readModuleStrings: the string values of an exported object, nested objects flattened", () => {
  const table = [
    {
      given: { module: "codes-module.cjs", exportPath: "ValidationErrorCodes" },
      want: ["81801", "81802", "81502", "93404", "81531", "81503"],
    },
    { given: { module: "codes-module.cjs", exportPath: "ValidationErrorCodes.Address" }, want: ["81801", "81802"] },
    { given: { module: "codes-module.cjs", exportPath: "ValidationErrorCodes.Transaction.Industry" }, want: ["93404"] },
    { given: { module: "codes-module.mjs", exportPath: "ErrorCodes" }, want: ["card_declined", "card_expired"] },
    { given: { module: "codes-module.mjs", exportPath: "default" }, want: ["other"] },
  ];
  it.each(table)("$given.exportPath of $given.module", ({ given, want }) => {
    expect(readModuleStrings(fixture(given.module), given.exportPath)).toEqual(want);
  });
  it("without an export path, the module's exports themselves", () => {
    expect(readModuleStrings(fixture("codes-module.cjs"))).toEqual(["81801", "81802", "81502", "93404", "81531", "81503", "1.0.0"]);
  });
  const failures = [
    { given: "ValidationErrorCodes.Missing", want: /exports no ValidationErrorCodes.Missing/ },
    { given: "version", want: /version of .*codes-module.cjs is no object/ },
    { given: "ValidationErrorCodes.Limits", want: /ValidationErrorCodes.Limits of .*codes-module.cjs holds no string values/ },
    { given: "Empty", want: /Empty of .*codes-module.cjs holds no string values/ },
  ];
  it.each(failures)("$given is an error that says why", ({ given, want }) => {
    expect(() => readModuleStrings(fixture("codes-module.cjs"), given)).toThrow(ModuleValueError);
    expect(() => readModuleStrings(fixture("codes-module.cjs"), given)).toThrow(want);
  });
});

describe("readCodeList: a module target on the pinned package", () => {
  const braintree = VENDOR_SOURCES.find((one) => one.vendor === "braintree")!;
  const table = [{ given: "braintree", want: { count: 662, includes: ["91508", "81502", "942129"] } }];
  it.each(table)("$given: ValidationErrorCodes", ({ want }) => {
    const codes = readCodeList(braintree.codeLists![0]!, installedPackage(braintree.package));
    expect(codes).toHaveLength(want.count);
    expect(codes).toEqual(expect.arrayContaining(want.includes));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
