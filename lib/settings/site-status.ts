import { defaultSiteOf } from '../sites';
import type { Settings } from './schema';

/** How the extension stands on a page's site. */
export type SiteStatus =
  /** A default site or an added one, switched on. */
  | { kind: 'on'; site: 'default' | 'added' }
  /** A default or added site the reader turned off (or everything is off). */
  | { kind: 'off'; site: 'default' | 'added'; reason: 'site' | 'global' }
  /** A site outside both lists: marked only on demand. */
  | { kind: 'unlisted' };

export function siteStatus(settings: Settings, url: URL): SiteStatus {
  const host = url.hostname.toLowerCase();
  const site = defaultSiteOf(url) ? 'default' : settings.addedSites.includes(host) && /^https?:$/.test(url.protocol) ? 'added' : null;
  if (!site) return { kind: 'unlisted' };
  if (!settings.enabled) return { kind: 'off', site, reason: 'global' };
  if (settings.disabledSites.includes(host)) return { kind: 'off', site, reason: 'site' };
  return { kind: 'on', site };
}

/** Settings with one host switched on or off (it stays in its list either way). */
export function withSiteEnabled(settings: Settings, host: string, on: boolean): Settings {
  const rest = settings.disabledSites.filter((h) => h !== host);
  return { ...settings, disabledSites: on ? rest : [...rest, host] };
}

export function withSiteAdded(settings: Settings, host: string): Settings {
  return {
    ...settings,
    addedSites: settings.addedSites.includes(host) ? settings.addedSites : [...settings.addedSites, host],
    disabledSites: settings.disabledSites.filter((h) => h !== host),
  };
}

export function withSiteRemoved(settings: Settings, host: string): Settings {
  return {
    ...settings,
    addedSites: settings.addedSites.filter((h) => h !== host),
    disabledSites: settings.disabledSites.filter((h) => h !== host),
  };
}
