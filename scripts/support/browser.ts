import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  createReadStream,
  createWriteStream,
} from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, platform, arch } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

/**
 * The one place that knows where a browser lives. Tests, benchmarks and scripts all launch through here,
 * so a PC with Chrome or Edge uses it, and a machine with none (a fresh Linux box, CI) uses the Chromium
 * shipped inside the npm package @sparticuz/chromium, unpacked once into node_modules/.cache/.
 */

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Browsers a PC may already have, tried in this order after CHROMIUM_PATH. */
const SYSTEM_BROWSERS: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
    join(process.env['LOCALAPPDATA'] ?? join(homedir(), 'AppData\\Local'), 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

export const NO_BROWSER_MESSAGE =
  'ไม่พบเบราว์เซอร์สำหรับการทดสอบ / No browser for the tests: run `npm install` again (it brings Chromium in @sparticuz/chromium, Linux x64), or install Chrome/Edge, or set CHROMIUM_PATH to a Chromium-based browser.';

/** Flags for a quiet headless run that never reaches the network on its own. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the packaged Chromium is unpacked: inside node_modules, so removing node_modules removes it too. */
function bundledDir(version: string): string {
  return join(PROJECT_ROOT, 'node_modules', '.cache', `chromium-${version}`);
}

/** Unpacks the packaged Chromium (brotli) once; a half-written copy never counts because it is renamed into place. */
async function unpackBundledChromium(): Promise<string | undefined> {
  if (platform() !== 'linux' || arch() !== 'x64') return undefined;
  const require = createRequire(import.meta.url);
  let pkgJson: string;
  try {
    // The package's exports hide package.json; its entry point sits in build/.
    pkgJson = join(dirname(require.resolve('@sparticuz/chromium')), '..', 'package.json');
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string };
  const dir = bundledDir(version);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const source = join(dirname(pkgJson), 'bin', 'chromium.br');
  if (!existsSync(source)) return undefined;
  mkdirSync(dir, { recursive: true });
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(partial, { mode: 0o755 }));
    renameSync(partial, binary);
  } finally {
    rmSync(partial, { force: true });
  }
  writeFileSync(
    join(dir, 'SOURCE.txt'),
    `Unpacked from @sparticuz/chromium ${version} (bin/chromium.br) by scripts/support/browser.ts\n`,
  );
  return binary;
}

let resolved: Promise<string | undefined> | undefined;

/** The browser to drive: CHROMIUM_PATH, else one on the machine, else the packaged Chromium; undefined if none. */
export function findBrowserPath(): Promise<string | undefined> {
  resolved ??= (async () => {
    const named = process.env.CHROMIUM_PATH;
    if (named) return existsSync(named) ? named : undefined;
    const found = (SYSTEM_BROWSERS[platform()] ?? []).find((p) => existsSync(p));
    return found ?? (await unpackBundledChromium());
  })();
  return resolved;
}

/**
 * Headless Chromium with nothing reaching out to the network; Playwright gives each launch a fresh profile.
 * `extraArgs` adds command-line flags (the Lighthouse bench opens a remote-debugging port).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = await findBrowserPath();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  try {
    return await chromium.launch({ executablePath, args: [...ARGS, ...extraArgs] });
  } catch (error) {
    throw new Error(`${NO_BROWSER_MESSAGE}\n  (${executablePath}: ${(error as Error).message.split('\n')[0]})`);
  }
}
