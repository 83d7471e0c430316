// The one check script every runtime runs (Node, Deno, Bun, workerd, Chromium): plain modern
// JavaScript with no imports, so each runtime loads it as it is. It gets the package modules (as the
// runtime loaded them, ESM or CJS) and the cases the test built from schemas/, and returns data:
// every check with pass/fail, plus the observations the test compares across runtimes.

/** Values that are no error body of any vendor. */
const nonBodies = [
  ["null", null],
  ["undefined", undefined],
  ["a number", 42],
  ["an empty string", ""],
  ["an HTML page", "<html><body>Service Unavailable</body></html>"],
  ["true", true],
  ["an empty array", []],
  ["an empty object", {}],
];

function describeError(error) {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

function jsonResponse(body, status) {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

/** A fixture as the server sent it: JSON bodies as JSON, text as text, nothing as nothing. */
function fixtureResponse(fixture) {
  const headers = { ...fixture.headers };
  const named = Object.keys(headers).some((name) => name.toLowerCase() === "content-type");
  if (fixture.body === null || fixture.body === undefined || fixture.body === "")
    return new Response(null, { status: fixture.status, headers });
  if (typeof fixture.body === "string") return new Response(fixture.body, { status: fixture.status, headers });
  if (!named) headers["content-type"] = "application/json";
  return new Response(JSON.stringify(fixture.body), { status: fixture.status, headers });
}

/** Records each check; a check that throws fails with the error, it never stops the others. */
function recorder() {
  const checks = [];
  return {
    checks,
    async check(name, run) {
      try {
        const detail = await run();
        checks.push(detail === true ? { name, pass: true } : { name, pass: false, detail: String(detail) });
      } catch (error) {
        checks.push({ name, pass: false, detail: `threw ${describeError(error)}` });
      }
    },
  };
}

const isPointer = (path) => typeof path === "string" && (path === "" || path.startsWith("/"));

async function checkVendorPackage(pkg, vendorCase) {
  const { checks, check } = recorder();
  const observations = {};
  for (const [index, example] of vendorCase.examples.entries()) {
    await check(`example ${index} (${example.envelope}) is accepted`, () => {
      if (pkg.isErrorResponse(example.body) !== true) return "isErrorResponse returned false";
      const result = pkg.validateErrorResponse(example.body);
      if (result.valid !== true) return `validateErrorResponse: ${JSON.stringify(result.issues)}`;
      return true;
    });
    await check(`example ${index} parsed from a Response is ${example.envelope}`, async () => {
      const parsed = await pkg.parseErrorResponse(jsonResponse(example.body, vendorCase.status));
      if (parsed.kind === "partial") return true;
      if (parsed.kind !== "error") return `kind ${parsed.kind}`;
      if (parsed.envelope !== example.envelope) return `envelope ${parsed.envelope}`;
      if (parsed.status !== vendorCase.status) return `status ${parsed.status}`;
      return true;
    });
  }
  for (const fixture of vendorCase.fixtures ?? []) {
    await check(
      `fixture ${fixture.name} parsed from a Response is ${fixture.kind}${fixture.envelope ? ` ${fixture.envelope}` : ""}`,
      async () => {
        const parsed = await pkg.parseErrorResponse(fixtureResponse(fixture));
        if (parsed.status !== fixture.status) return `status ${parsed.status}`;
        if (fixture.kind === "success") return parsed.kind !== "error" && parsed.kind !== "partial" ? true : `kind ${parsed.kind}`;
        if (parsed.kind !== fixture.kind) return `kind ${parsed.kind}`;
        if (fixture.envelope && parsed.kind === "error" && parsed.envelope !== fixture.envelope) return `envelope ${parsed.envelope}`;
        return true;
      },
    );
  }
  for (const [label, value] of nonBodies) {
    await check(`${label} is rejected`, () => {
      if (pkg.isErrorResponse(value) !== false) return "isErrorResponse did not return false";
      const result = pkg.validateErrorResponse(value);
      if (result.valid !== false) return "validateErrorResponse said valid";
      if (!Array.isArray(result.issues) || result.issues.length === 0) return "no issues";
      return true;
    });
  }
  await check("a broken body gets issues at JSON Pointers", () => {
    const result = pkg.validateErrorResponse(vendorCase.broken.body);
    if (result.valid !== false) return "validateErrorResponse said valid";
    if (result.issues.length === 0) return "no issues";
    const bad = result.issues.find(
      (issue) => !isPointer(issue.path) || typeof issue.message !== "string" || typeof issue.keyword !== "string",
    );
    if (bad) return `malformed issue ${JSON.stringify(bad)}`;
    observations.brokenIssues = result.issues.map(({ path, keyword, message }) => ({ path, keyword, message }));
    return true;
  });
  await check("an HTML Response is unrecognized, an empty one empty", async () => {
    const html = await pkg.parseErrorResponse(
      new Response("<html><body>Maintenance</body></html>", { status: 503, headers: { "content-type": "text/html" } }),
    );
    if (html.kind !== "unrecognized") return `HTML gave kind ${html.kind}`;
    const empty = await pkg.parseErrorResponse(new Response(null, { status: 502 }));
    if (empty.kind !== "empty") return `empty body gave kind ${empty.kind}`;
    return true;
  });
  await check("describeStatus reads the status catalog", () => {
    const info = pkg.describeStatus(vendorCase.status);
    if (info !== undefined && info.status !== vendorCase.status) return `status ${info.status}`;
    return true;
  });
  return { checks, observations };
}

async function checkUmbrella(umbrella, cases) {
  const { checks, check } = recorder();
  for (const vendorCase of cases.vendors) {
    const { vendor, status } = vendorCase;
    for (const [index, example] of vendorCase.examples.entries()) {
      await check(`${vendor} example ${index} is detected as ${example.envelope}`, () => {
        const candidates = umbrella.detectVendor(example.body);
        if (!candidates.some((c) => c.vendor === vendor && c.envelope === example.envelope))
          return `candidates ${JSON.stringify(candidates.map((c) => [c.vendor, c.envelope]))}`;
        const normalized = umbrella.normalizeError({ status, body: example.body }, { vendor });
        if (normalized.vendor !== vendor || normalized.envelope !== example.envelope)
          return `normalized as ${normalized.vendor} ${normalized.envelope}`;
        if (typeof normalized.message !== "string" || !Array.isArray(normalized.details))
          return "normalized error lacks message or details";
        return true;
      });
    }
    await check(`${vendor} broken body is unrecognized`, () => {
      const normalized = umbrella.normalizeError({ status, body: vendorCase.broken.body }, { vendor });
      if (normalized.envelope !== "unrecognized") return `envelope ${normalized.envelope}`;
      return true;
    });
    await check(`${vendor} error Response is thrown as a CommerceApiError by assertOk`, async () => {
      const example = vendorCase.examples[0];
      try {
        await umbrella.assertOk(jsonResponse(example.body, status), { vendor });
        return "assertOk resolved";
      } catch (error) {
        if (!(error instanceof umbrella.CommerceApiError)) return `threw ${describeError(error)}`;
        if (error.vendor !== vendor || error.envelope !== example.envelope || error.status !== status)
          return `read as ${error.vendor} ${error.envelope} ${error.status}`;
        return true;
      }
    });
  }
  for (const [label, value] of nonBodies) {
    await check(`${label} is no vendor's envelope`, () => {
      const matched = umbrella.detectVendor(value).filter((c) => c.envelope !== undefined);
      if (matched.length > 0) return `matched ${JSON.stringify(matched.map((c) => [c.vendor, c.envelope]))}`;
      const normalized = umbrella.normalizeError({ status: 500, body: value });
      if (normalized.envelope !== "unrecognized" && normalized.envelope !== "empty") return `envelope ${normalized.envelope}`;
      return true;
    });
  }
  await check("a 2xx Response passes assertOk", async () => {
    const response = new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    return (await umbrella.assertOk(response)) === response || "another value came back";
  });
  return { checks, observations: {} };
}

/** The vendor's /core and its umbrella entry agree with the package on every example. */
async function checkSubpaths(pkg, core, entry, vendorCase) {
  const { checks, check } = recorder();
  await check("/core loads", () => core !== undefined || "module missing");
  await check("its umbrella entry loads", () => entry !== undefined || "module missing");
  if (!core || !entry) return checks;
  for (const [index, example] of vendorCase.examples.entries()) {
    await check(`/core and the umbrella entry read example ${index} as the package does`, () => {
      const envelope = pkg.matchErrorEnvelope(example.body);
      if (core.matchErrorEnvelope(example.body) !== envelope) return `/core matched ${core.matchErrorEnvelope(example.body)}`;
      const error = entry.fromError({ status: vendorCase.status, body: example.body });
      if (error.vendor !== vendorCase.vendor || error.envelope !== envelope) return `fromError gave ${error.vendor} ${error.envelope}`;
      return true;
    });
  }
  await check("/core summarizes the status the package describes", () => {
    const info = pkg.describeStatus(vendorCase.status);
    const summary = core.summarizeStatus(vendorCase.status);
    return (summary?.text === info?.text && summary?.retry === info?.retry) || `summary ${JSON.stringify(summary)}`;
  });
  return checks;
}

/**
 * modules: package name -> the loaded module (namespace or require() result).
 * cases: { umbrella, vendors: [{ vendor, package, status, examples: [{ envelope, body }], fixtures: [{ name, status, headers, kind, envelope?, body }], broken: { body } }] }
 * Returns [{ package, checks: [{ name, pass, detail? }], observations }] for every package in cases.
 */
export async function runChecks(modules, cases) {
  const results = [];
  for (const vendorCase of cases.vendors) {
    const pkg = modules[vendorCase.package];
    if (!pkg) {
      results.push({ package: vendorCase.package, checks: [{ name: "loads", pass: false, detail: "module missing" }], observations: {} });
      continue;
    }
    const result = await checkVendorPackage(pkg, vendorCase);
    result.checks.push(
      ...(await checkSubpaths(pkg, modules[`${vendorCase.package}/core`], modules[`${cases.umbrella}/${vendorCase.vendor}`], vendorCase)),
    );
    results.push({ package: vendorCase.package, ...result });
  }
  const umbrella = modules[cases.umbrella];
  results.push(
    umbrella
      ? { package: cases.umbrella, ...(await checkUmbrella(umbrella, cases)) }
      : { package: cases.umbrella, checks: [{ name: "loads", pass: false, detail: "module missing" }], observations: {} },
  );
  return results;
}
