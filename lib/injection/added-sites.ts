import { loadSettings } from '../settings/storage';
import { addedSiteOrigins } from '../sites';
import { CONTENT_SCRIPT_CSS, CONTENT_SCRIPT_JS } from './script-files';

/** Ids of the registered content scripts of added sites (scripting.registerContentScripts) start so. */
export const ADDED_SITE_SCRIPT_PREFIX = 'carrera-lens-site:';

export function addedSiteScriptId(host: string): string {
  return `${ADDED_SITE_SCRIPT_PREFIX}${host}`;
}

/**
 * Makes the registered content scripts match the added sites: one script per added host whose
 * optional host permission is granted; scripts of removed hosts (or revoked permissions) go.
 * The content script itself reads the settings, so a site turned off keeps its registration and
 * simply does nothing.
 */
export async function syncAddedSiteScripts(): Promise<void> {
  const settings = await loadSettings();
  const wanted = new Map<string, string>();
  for (const host of settings.addedSites) {
    if (await browser.permissions.contains({ origins: addedSiteOrigins(host) })) wanted.set(addedSiteScriptId(host), host);
  }
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((script) => script.id.startsWith(ADDED_SITE_SCRIPT_PREFIX));
  const stale = ours.filter((script) => !wanted.has(script.id)).map((script) => script.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const have = new Set(ours.map((script) => script.id));
  const missing = [...wanted].filter(([id]) => !have.has(id));
  if (missing.length === 0) return;
  await browser.scripting.registerContentScripts(
    missing.map(([id, host]) => ({
      id,
      matches: addedSiteOrigins(host),
      js: [CONTENT_SCRIPT_JS],
      css: [CONTENT_SCRIPT_CSS],
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
  );
}
