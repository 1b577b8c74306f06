/** Messages between the background and the content script. */
export const NEXT_MENTION = 'carrera-lens/next-mention';
export const KEYBOARD_COMMAND = 'next-mention';

export interface NextMentionMessage {
  type: typeof NEXT_MENTION;
}
