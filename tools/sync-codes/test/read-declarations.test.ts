// The reader on small declaration files shaped like the vendors' SDKs (test/fixtures/*.d.ts).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { FieldType } from "../src/source/source-model.js";
import {
  DeclarationError,
  openDeclarations,
  readEnvelopeUnion,
  readErrorUnion,
  readInterfaceFields,
  readStringList,
} from "../src/source/read-declarations.js";

const fixture = (name: string) => openDeclarations(fileURLToPath(new URL(`fixtures/${name}`, import.meta.url)));
const errors = fixture("errors.d.ts");
const codes = fixture("codes.d.ts");
const fields = fixture("fields.d.ts");

describe("readInterfaceFields: a TypeScript type gives the JSON shape it allows", () => {
  const table: { given: string; want: FieldType; optional?: boolean }[] = [
    { given: "text", want: { kind: "string" } },
    { given: "literal", want: { kind: "string" } },
    { given: "openLiteral", want: { kind: "string" } },
    { given: "count", want: { kind: "number" } },
    { given: "flag", want: { kind: "boolean" } },
    { given: "level", want: { kind: "string" } },
    { given: "list", want: { kind: "array", items: { kind: "string" } } },
    { given: "money", want: { kind: "object", name: "Money" } },
    { given: "moneys", want: { kind: "array", items: { kind: "object", name: "Money" } } },
    { given: "reference", want: { kind: "object", name: "Reference" } },
    { given: "mixed", want: { kind: "union", members: [{ kind: "string" }, { kind: "number" }] } },
    { given: "nullable", want: { kind: "union", members: [{ kind: "null" }, { kind: "string" }] } },
    { given: "anything", want: { kind: "any" } },
    { given: "unknownValue", want: { kind: "any" } },
    { given: "inline", want: { kind: "object" } },
    { given: "optional", want: { kind: "number" }, optional: true },
  ];
  const read = new Map(readInterfaceFields(fields, "Fields").map((field) => [field.name, field]));
  it.each(table)("$given", ({ given, want, optional = false }) => {
    const field = read.get(given);
    expect(field?.type).toEqual(want);
    expect(field?.optional).toBe(optional);
  });
});

describe("readErrorUnion: each member's literal code, description and fields", () => {
  const read = readErrorUnion(errors, "ErrorObject");
  const table = [
    {
      given: "ConcurrentModificationError",
      want: {
        typeName: "ConcurrentModificationError",
        code: "ConcurrentModification",
        description: "Returned when the [version](ctp:api:type:Version) is out of date.\nRetry with the `currentVersion`.",
        fields: [
          { name: "message", type: { kind: "string" }, optional: false },
          { name: "currentVersion", type: { kind: "number" }, optional: true, description: "Current version of the resource." },
        ],
      },
    },
    {
      given: "DuplicateFieldError",
      want: {
        typeName: "DuplicateFieldError",
        code: "DuplicateField",
        fields: [
          { name: "message", type: { kind: "string" }, optional: false },
          { name: "field", type: { kind: "string" }, optional: false },
          { name: "duplicateValue", type: { kind: "any" }, optional: false },
          { name: "conflictingResource", type: { kind: "object", name: "Reference" }, optional: true },
          {
            name: "allowedValues",
            type: { kind: "array", items: { kind: "union", members: [{ kind: "string" }, { kind: "number" }] } },
            optional: true,
          },
          { name: "blocked", type: { kind: "boolean" }, optional: false },
        ],
      },
    },
    {
      given: "GeneralError",
      want: {
        typeName: "GeneralError",
        code: "General",
        description: "Inherits its message from IErrorObject.",
        fields: [{ name: "message", type: { kind: "string" }, optional: false }],
      },
    },
  ];
  it.each(table)("$given", ({ given, want }) => {
    expect(read.find((type) => type.typeName === given)).toEqual(want);
  });
  it("lists the members in union order", () => {
    expect(read.map((type) => type.code)).toEqual(["ConcurrentModification", "DuplicateField", "General"]);
  });
  it("a union member without a literal code is an error naming it", () => {
    expect(() => readErrorUnion(errors, "_ErrorResponse")).toThrow(
      /ErrorResponse \(member of _ErrorResponse\) has no string literal "code"/,
    );
  });
});

describe("readEnvelopeUnion: nested unions flattened, same-shape aliases marked", () => {
  const table = [
    { given: "ErrorResponse", want: { fields: ["statusCode", "message", "errors?"], sameShapeAs: undefined } },
    { given: "AuthErrorResponse", want: { fields: ["error", "errors", "statusCode", "message"], sameShapeAs: undefined } },
    { given: "AgentAuthError", want: { fields: ["error", "errors", "statusCode", "message"], sameShapeAs: "AuthErrorResponse" } },
    { given: "TracedErrorResponse", want: { fields: ["traceId?", "statusCode", "message", "errors?"], sameShapeAs: undefined } },
  ];
  const read = readEnvelopeUnion(errors, "_ErrorResponse");
  it.each(table)("$given", ({ given, want }) => {
    const envelope = read.find((one) => one.typeName === given);
    expect(envelope?.fields.map((field) => `${field.name}${field.optional ? "?" : ""}`)).toEqual(want.fields);
    expect(envelope?.sameShapeAs).toBe(want.sameShapeAs);
  });
  it("reads every envelope once", () => {
    expect(read.map((one) => one.typeName)).toEqual(["ErrorResponse", "AuthErrorResponse", "AgentAuthError", "TracedErrorResponse"]);
  });
});

describe("readStringList: literal unions in namespaces and string enums", () => {
  const table = [
    { given: "PaymentIntent.LastPaymentError.Code", want: ["card_declined", "expired_card"] },
    { given: "LastPaymentError.Type", want: ["api_error", "card_error"] },
    { given: "SetupIntent.LastSetupError.Code", want: ["setup_attempt_failed"] },
    { given: "OAuthProviderError", want: ["invalid_request", "invalid_client"] },
  ];
  it.each(table)("$given", ({ given, want }) => {
    expect(readStringList(codes, given)).toEqual(want);
  });
  const failures = [
    { given: "Code", want: /declares 2 types named Code/ },
    { given: "PaymentIntent.Missing", want: /declares no PaymentIntent.Missing/ },
    { given: "Priority", want: /Priority in codes.d.ts lists no string values/ },
  ];
  it.each(failures)("$given is an error that says why", ({ given, want }) => {
    expect(() => readStringList(codes, given)).toThrow(DeclarationError);
    expect(() => readStringList(codes, given)).toThrow(want);
  });
});
