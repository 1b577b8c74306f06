/**
 * The oldest Firefox versions the Firefox build declares (wxt.config.ts, `browser_specific_settings`).
 * What each rests on is checked against MDN's browser-compat-data by tests/unit/android-support.test.ts
 * (README "Firefox for Android").
 */
/** 140: the first Firefox with the CSS Custom Highlight API and with `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '140.0';
/** 142: Firefox for Android reads `data_collection_permissions` from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
