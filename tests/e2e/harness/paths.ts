import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Absolute paths the end-to-end harness, the demo and the screenshot scripts agree on. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const OUTPUT_DIR = path.join(REPO_ROOT, '.output');
/** `wxt build` output for Chrome (Manifest V3). */
export const CHROME_BUILD_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
/** `wxt build -b firefox` output (Manifest V2 by decision, see README). */
export const FIREFOX_BUILD_DIR = path.join(OUTPUT_DIR, 'firefox-mv2');
/** Fixture pages, one folder per host name: tests/fixtures/pages/<host>/<path>. */
export const FIXTURE_PAGES_DIR = path.join(REPO_ROOT, 'tests/fixtures/pages');
/** The bundled demo article page (also served as a fixture, see fixture-routes.ts). */
export const DEMO_PAGE_FILE = path.join(REPO_ROOT, 'assets/demo/demo.html');
/** Where README screenshots live. */
export const SCREENSHOTS_DIR = path.join(REPO_ROOT, 'docs/screenshots');
/** Scratch output of test runs (git-ignored). */
export const TEST_RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
