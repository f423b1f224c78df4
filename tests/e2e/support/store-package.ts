/**
 * The store packages made by `npm run zip` and `npm run zip:firefox`, unpacked the way a store
 * or a reviewer would unpack them, so the tests load exactly what we would upload.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const OUTPUT_DIR = resolve(import.meta.dirname, '../../..', process.env.HPG_OUT_DIR ?? '.output');
const VERSION: string = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
).version;

/** The path of the store zip for a browser (`hip-pain-guide-0.1.0-chrome.zip`). */
export function storeZipPath(browser: 'chrome' | 'firefox'): string {
  const path = join(OUTPUT_DIR, `hip-pain-guide-${VERSION}-${browser}.zip`);
  if (!existsSync(path)) {
    throw new Error(
      `No store package at ${path}: run \`npm run zip\` and \`npm run zip:firefox\`.`,
    );
  }
  return path;
}

/**
 * Unpacks a browser's store zip into a fresh temporary folder and returns it. Python's zipfile
 * does the unpacking: python3 is on every machine we build on, and no npm dependency is needed
 * for one test.
 */
export function unpackStoreZip(browser: 'chrome' | 'firefox'): string {
  const dir = mkdtempSync(join(tmpdir(), `hpg-${browser}-zip-`));
  execFileSync('python3', ['-m', 'zipfile', '-e', storeZipPath(browser), dir]);
  return dir;
}

/** The built manifest of a browser's unpacked extension. */
export function readManifest(extensionDir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`${path} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
