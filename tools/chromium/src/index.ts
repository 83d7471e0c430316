// The browser of the browser tests (site/, tools/runtime-check): the Chromium (headless shell) that
// the @sparticuz/chromium npm package ships inside its tarball, so `pnpm install` brings it like any
// other package and no step downloads a browser or needs Debian's.
//
// The package unpacks its brotli archives into os.tmpdir() (chromium, fonts/, the SwiftShader
// libraries) and reuses whatever `<tmpdir>/chromium` it finds, whichever version left it there. So
// it runs here in a child process whose TMPDIR is a fresh staging folder, and the result is renamed
// into a cache folder named after the package version: a new version unpacks anew, and two test
// processes unpacking at once (turbo runs site and runtime-check in parallel) both end with one
// complete folder (the rename is atomic; the loser removes its copy).
//
// Launch flags: its own `Chromium.args` are for AWS Lambda (--single-process, --no-zygote, WebGL
// through SwiftShader, --disable-web-security) and are not needed on a Linux machine: playwright-core's
// headless launch with --no-sandbox (tests run as root) is enough, and web security stays on because
// the tests check a Content-Security-Policy.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const packageEntry = require.resolve("@sparticuz/chromium");
/** The @sparticuz/chromium version: the browser's identity, in the cache folder's name and the tests' inputs. */
export const packageVersion: string = JSON.parse(readFileSync(join(dirname(packageEntry), "..", "package.json"), "utf8")).version;

/** The same cache as the runtime matrix's Node, Deno and Bun binaries. */
export const cacheDir = process.env.COMMERCE_ERRORS_RUNTIMES_CACHE ?? join(homedir(), ".cache", "commerce-errors-runtimes");

export interface InstalledChromium {
  /** The chromium binary. */
  executablePath: string;
  /** A fontconfig file for the fonts the package ships, then the system's. */
  fontConfig: string;
  dir: string;
}

const unpackScript = `const { default: Chromium } = await import(process.argv[1]);
process.stdout.write(await Chromium.executablePath());`;

/** Unpacks the package's browser into <cacheDir>/chromium-<version> unless it is there already. */
export function installChromium(): InstalledChromium {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new Error(`@sparticuz/chromium ${packageVersion} ships a linux-x64 browser; this is ${process.platform}-${process.arch}`);
  const dir = join(cacheDir, `chromium-${packageVersion}`);
  const installed = { executablePath: join(dir, "chromium"), fontConfig: join(dir, "fonts.conf"), dir };
  if (existsSync(installed.fontConfig)) return installed; // written last: its presence means complete
  mkdirSync(cacheDir, { recursive: true });
  const staging = mkdtempSync(join(cacheDir, `.chromium-${packageVersion}-`));
  try {
    const unpacked = execFileSync(process.execPath, ["--input-type=module", "-e", unpackScript, pathToFileURL(packageEntry).href], {
      env: { ...process.env, TMPDIR: staging },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (unpacked !== join(staging, "chromium")) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not into ${staging}`);
    writeFileSync(
      join(staging, "fonts.conf"),
      [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
        "<fontconfig>",
        `  <dir>${join(dir, "fonts", "fonts")}</dir>`,
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
        `  <cachedir>${join(dir, "fontconfig-cache")}</cachedir>`,
        "</fontconfig>",
        "",
      ].join("\n"),
    );
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process finished first: its folder is complete (renamed whole), ours goes.
      if (!existsSync(installed.fontConfig)) throw error;
    }
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`unpacking @sparticuz/chromium ${packageVersion} into ${dir} failed: ${stderr?.trim() || String(error)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return installed;
}

/** "Chromium 153.0.8010.0 (@sparticuz/chromium 153.0.0)". */
export function chromiumLabel(): string {
  const { executablePath } = installChromium();
  const version = execFileSync(executablePath, ["--version"], { encoding: "utf8" }).trim();
  return `${version} (@sparticuz/chromium ${packageVersion})`;
}

const flags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Headless, as root, with background networking off; playwright-core gives each launch a new empty profile. */
export function launchChromium(): Promise<Browser> {
  const { executablePath, fontConfig } = installChromium();
  return chromium.launch({
    executablePath,
    headless: true,
    args: flags,
    env: { ...process.env, FONTCONFIG_FILE: fontConfig },
    // No wall-clock limit on the launch: a loaded machine starts the browser late, not never.
    timeout: 0,
  });
}
