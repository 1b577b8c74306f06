/** Globals of the content script's world that tell an injection what is already there. */

/** Set while a content script runs in the page, so "Mark this page" does not inject a second copy. */
export const RUNNING_FLAG = '__carreraLensRunning';
/** Set by the popup before injecting on demand: mark this page whatever the site settings say. */
export const ON_DEMAND_FLAG = '__carreraLensOnDemand';
