// The site's HTML, written at build time: the playground's shell and one reference page per
// vendor. No inline script or style anywhere: the pages run under the strict CSP they declare.
import type { VendorDoc } from "./schemas.js";

export const strictCsp = "default-src 'self'; script-src 'self'";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** `base`: the path from this page to the site root ("" or "../"). */
function layout(title: string, base: string, vendors: VendorDoc[], main: string, scripts: string[] = []): string {
  const nav = vendors.map((v) => `<a href="${base}vendors/${v.name}.html">${escapeHtml(v.displayName)}</a>`).join("\n      ");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${strictCsp}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)}</title>
  <link rel="icon" href="${base}assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="${base}assets/site.css">
${scripts.map((src) => `  <script defer src="${base}${src}"></script>`).join("\n")}
</head>
<body>
  <header>
    <a class="brand" href="${base}index.html">commerce-errors</a>
    <nav>
      <a href="${base}index.html">Playground</a>
      ${nav}
    </nav>
  </header>
  <main>
${main}
  </main>
</body>
</html>
`;
}

export function playgroundPage(vendors: VendorDoc[]): string {
  const main = `    <h1>Error playground</h1>
    <p class="lead">Paste an error body captured from a commerce API, or pick a documented one. Everything runs in this page, with the published packages: nothing is sent anywhere.</p>
    <section class="input">
      <label for="example">Example</label>
      <select id="example"></select>
      <label for="body">Body</label>
      <textarea id="body" rows="14" spellcheck="false" placeholder='{"statusCode": 400, "message": "...", "errors": [...]}'></textarea>
      <div class="row">
        <span><label for="status">HTTP status</label> <input id="status" type="number" min="100" max="599"></span>
        <span><label for="url">Request URL</label> <input id="url" type="url" placeholder="https://api.europe-west1.gcp.commercetools.com/..."></span>
        <span><label for="vendor">Vendor</label> <select id="vendor"></select></span>
      </div>
    </section>
    <section class="output">
      <div class="panel"><h2>Vendor and envelope</h2><div id="detection"></div></div>
      <div class="panel"><h2>Body, issues marked</h2><div id="body-view"></div></div>
      <div class="panel"><h2>Issues (JSON Pointers)</h2><div id="issues"></div></div>
      <div class="panel"><h2>Codes</h2><div id="codes"></div></div>
      <div class="panel"><h2>Retry advice and status</h2><div id="advice"></div></div>
      <div class="panel"><h2>Normalized error</h2><div id="normalized"></div></div>
    </section>`;
  return layout("commerce-errors playground", "", vendors, main, ["assets/playground.js"]);
}

const retryText: Record<string, string> = { no: "no", "with-backoff": "with backoff", "after-refetch": "after refetch" };

export function vendorPage(vendor: VendorDoc, vendors: VendorDoc[]): string {
  const envelopes = vendor.envelopes
    .map(
      (e) => `    <article class="envelope" id="${escapeHtml(e.title)}">
      <h3>${escapeHtml(e.title)}</h3>
      <p>${escapeHtml(e.description)}</p>
      <p class="muted">Schema: <code>${escapeHtml(e.file)}</code>; required: ${e.required.length ? e.required.map((r) => `<code>${escapeHtml(r)}</code>`).join(", ") : "nothing at the top level"}; ${e.examples.length} documented example${e.examples.length === 1 ? "" : "s"}.</p>
${
  e.examples.length
    ? `      <pre class="json-view">${escapeHtml(JSON.stringify(e.examples[0], null, 2))}</pre>
      <p>Open in the playground: ${e.examples.map((_, i) => `<a href="../index.html#example=${encodeURIComponent(`${vendor.name}/${e.title}/${i}`)}">example ${i + 1}</a>`).join(", ")}</p>`
    : ""
}
    </article>`,
    )
    .join("\n");
  const statuses = vendor.statusCodes
    .map(
      (s) =>
        `      <tr data-status="${s.status}"><td>${s.status}</td><td>${escapeHtml(s.text)}</td><td>${escapeHtml(s.meaning)}</td><td class="retry-${escapeHtml(s.retry)}">${escapeHtml(retryText[s.retry] ?? s.retry)}</td><td>${s.troubleshooting.length ? `<ul>${s.troubleshooting.map((t) => `<li>${escapeHtml(t)}</li>`).join("")}</ul>` : ""}</td></tr>`,
    )
    .join("\n");
  const codes = vendor.errorCodes.length
    ? `    <table>
      <thead><tr><th>Code</th><th>Type (guard <code>is…</code>)</th><th>Description</th></tr></thead>
      <tbody>
${vendor.errorCodes.map((c) => `      <tr><td><code>${escapeHtml(c.code)}</code></td><td><code>${escapeHtml(c.type)}</code></td><td>${escapeHtml(c.description ?? "")}</td></tr>`).join("\n")}
      </tbody>
    </table>`
    : `    <p class="muted">This vendor's schemas type no error codes one by one; codes pass through as strings.</p>`;
  const main = `    <h1>${escapeHtml(vendor.displayName)}</h1>
    <p class="lead">${escapeHtml(vendor.description)}</p>
    <p>Package: <code>@commerce-errors/${escapeHtml(vendor.name)}</code>. Vendor documentation: ${vendor.docs.map((d) => `<a href="${escapeHtml(d)}">${escapeHtml(d)}</a>`).join(", ")}</p>
    <h2>Envelopes</h2>
${envelopes}
    <h2>Status codes and retry advice</h2>
    <table>
      <thead><tr><th>Status</th><th>Text</th><th>Meaning</th><th>Retry</th><th>Troubleshooting</th></tr></thead>
      <tbody>
${statuses}
      </tbody>
    </table>
    <h2>Error codes</h2>
${codes}`;
  return layout(`${vendor.displayName} errors — commerce-errors`, "../", vendors, main);
}
