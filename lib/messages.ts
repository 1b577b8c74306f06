/** Messages between the background and the content script. */
export const NEXT_MENTION = 'carrera-lens/next-mention';
export const KEYBOARD_COMMAND = 'next-mention';

export interface NextMentionMessage {
  type: typeof NEXT_MENTION;
}

/** The command's default shortcut (manifest `suggested_key`), also honoured by the content script when the page has focus. */
export const NEXT_MENTION_SHORTCUT = 'Alt+Shift+K';

/** True for the shortcut's key event, by physical key so it works on a Russian layout too. */
export function isNextMentionShortcut(event: { altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyK';
}
