import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PAGE_FILE, FIXTURE_PAGES_DIR } from './paths';

/**
 * The bundled demo article, served under a real sports.ru football address so the shipped
 * manifest's content-script matches decide whether the extension runs, exactly as in the field.
 */
export const DEMO_URL = 'https://www.sports.ru/football/1116253947.html';

/** A Russian news page of ours with every kind of mention, look-alikes and unreadable content. */
export const RU_PAGE = 'https://www.championat.com/football/carrera-interview.html';
/** An English football page of ours with look-alikes (Chelsea Clinton, the city of Genoa, the Porsche). */
export const EN_PAGE = 'https://www.bbc.com/sport/football/carrera.html';
/** An Italian football page of ours (<html lang="it">) on an Italian default site. */
export const IT_PAGE = 'https://www.gazzetta.it/calcio/carrera-russia.html';
/** An Italian page that does not say its language (no lang attribute), on an Italian default site with a .com host. */
export const IT_PAGE_NO_LANG = 'https://www.tuttosport.com/news/calcio/carrera-motta.html';
/** A name in each corner of the viewport. */
export const CORNERS_PAGE = 'https://www.sports.ru/football/corners.html';
/** A football page on a default site that names none of ours (until a test adds a paragraph). */
export const NO_NAMES_PAGE = 'https://www.sports.ru/football/weather.html';
/** A 4,000-paragraph live page with a frame probe. */
export const LONG_PAGE = 'https://www.sports.ru/football/long.html';

/** A host outside the manifest's matches: the extension must not run there. */
export const OUTSIDE_URL = 'https://example.org/';

/** Addresses served from files outside tests/fixtures/pages. */
const MOUNTS: Readonly<Record<string, string>> = {
  [DEMO_URL]: DEMO_PAGE_FILE,
};

export interface ResolvedFixture {
  file: string;
  contentType: string;
  /** Extra response headers from a `<file>.headers.json` sidecar (e.g. a strict CSP). */
  headers: Record<string, string>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Maps a requested URL to a fixture file: first the mounts above, then
 * tests/fixtures/pages/<host>/<path> (a path ending in "/" means index.html; a path without an
 * extension may leave ".html" off). Query and hash are ignored. Returns null when nothing matches,
 * and never resolves outside the host's folder.
 */
export function resolveFixture(url: URL): ResolvedFixture | null {
  const mirrored = mirroredUrl(url);
  if (mirrored) return resolveFixture(mirrored);
  const mounted = MOUNTS[`${url.protocol}//${url.host}${url.pathname}`];
  if (mounted) return describeFile(mounted);

  const hostDir = path.join(FIXTURE_PAGES_DIR, url.hostname);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.endsWith('/')) relative += 'index.html';
  const candidates = [path.join(hostDir, relative)];
  if (!path.extname(relative)) candidates.push(path.join(hostDir, `${relative}.html`));
  for (const candidate of candidates) {
    const inside = candidate.startsWith(hostDir + path.sep);
    if (inside && existsSync(candidate) && statSync(candidate).isFile()) return describeFile(candidate);
  }
  return null;
}

function describeFile(file: string): ResolvedFixture {
  const sidecar = `${file}.headers.json`;
  const headers = existsSync(sidecar)
    ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>)
    : {};
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { file, contentType, headers };
}

/**
 * The same fixture served on a host the extension does not run on:
 * https://example.org/mirror/www.sports.ru/football/x.html serves https://www.sports.ru/football/x.html.
 * Tests compare a marked page's serialized DOM with its mirror's, parsed by the same browser.
 */
export function mirrorOf(address: string): string {
  const url = new URL(address);
  return `https://example.org/mirror/${url.host}${url.pathname}`;
}

function mirroredUrl(url: URL): URL | null {
  if (url.hostname !== 'example.org' || !url.pathname.startsWith('/mirror/')) return null;
  const rest = url.pathname.slice('/mirror/'.length);
  const slash = rest.indexOf('/');
  if (slash <= 0) return null;
  return new URL(`https://${rest.slice(0, slash)}${rest.slice(slash)}`);
}
