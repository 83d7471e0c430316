// Run by no-eval.ts under `node --disallow-code-generation-from-strings` (what a CSP without
// 'unsafe-eval' enforces): every vendor package must still import and answer correctly.
// stdin: [{ vendor, cases: [{ json, valid }] }]; stdout: [{ vendor, ok, detail }].
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const out = [];
for (const { vendor, cases } of input) {
  try {
    const pkg = await import(`@commerce-errors/${vendor}`);
    const wrong = cases.filter(({ json, valid }) => {
      const body = JSON.parse(json);
      return pkg.isErrorResponse(body) !== valid || pkg.validateErrorResponse(body).valid !== valid;
    });
    out.push({ vendor, ok: wrong.length === 0, detail: wrong.length ? `${wrong.length} wrong answer(s)` : "" });
  } catch (error) {
    out.push({ vendor, ok: false, detail: String(error) });
  }
}
process.stdout.write(JSON.stringify(out));
