/** The keyboard shortcut that moves to the next mention (manifest command `next-mention`). */

/** The command's name in the manifest's `commands`. */
export const KEYBOARD_COMMAND = 'next-mention';

/** The command's default shortcut (manifest `suggested_key`), also honoured by the content script when the page has focus. */
export const NEXT_MENTION_SHORTCUT = 'Alt+Shift+K';

/** True for the shortcut's key event, by physical key so it works on a Russian layout too. */
export function isNextMentionShortcut(event: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}
