/**
 * The news sites the extension works on out of the box. Each entry becomes a manifest match pattern,
 * so the extension gets access to exactly these hosts and nothing else unless the reader asks.
 * Keep README "Default sites" in step with this list.
 */
export interface DefaultSite {
  /** Host name as the browser sees it. */
  host: string;
  /** Path prefix when only a section of the site is about football. */
  path?: string;
  language: 'ru' | 'en' | 'it';
}

export const DEFAULT_SITES: readonly DefaultSite[] = [
  { host: 'www.sports.ru', language: 'ru' },
  { host: 'www.championat.com', language: 'ru' },
  { host: 'www.sport-express.ru', language: 'ru' },
  { host: 'www.sovsport.ru', language: 'ru' },
  { host: 'matchtv.ru', language: 'ru' },
  { host: 'www.soccer.ru', language: 'ru' },
  { host: 'rsport.ria.ru', language: 'ru' },
  { host: 'www.gazeta.ru', path: '/sport/', language: 'ru' },
  { host: 'www.bbc.com', path: '/sport/', language: 'en' },
  { host: 'www.skysports.com', language: 'en' },
  { host: 'www.theguardian.com', path: '/football/', language: 'en' },
  { host: 'www.espn.com', path: '/soccer/', language: 'en' },
  { host: 'www.football-italia.net', language: 'en' },
  { host: 'www.gazzetta.it', language: 'it' },
  { host: 'www.corrieredellosport.it', language: 'it' },
  { host: 'www.tuttosport.com', language: 'it' },
];

/** Manifest match pattern of a site: https only, exact host, the site's section if it has one. */
export function matchPattern(site: DefaultSite): string {
  return `https://${site.host}${site.path ?? '/'}*`;
}

export const DEFAULT_MATCHES: readonly string[] = DEFAULT_SITES.map(matchPattern);

/** The default site a URL belongs to (its host, and its section when the site has one). */
export function defaultSiteOf(url: URL): DefaultSite | undefined {
  if (url.protocol !== 'https:') return undefined;
  return DEFAULT_SITES.find((site) => site.host === url.hostname && url.pathname.startsWith(site.path ?? '/'));
}

/** The optional host permission ("Always on this site") and content-script match of a site the reader added. */
export function addedSiteOrigins(host: string): string[] {
  return [`*://${host}/*`];
}
