import type { MarkPainter } from '../../lib/page/marks';
import type { PageMention } from '../../lib/page/mention-index';

/** Records the mentions it is given instead of painting: the Highlight API path, which never touches the DOM. */
export function recordingPainter(): MarkPainter & { mentions: Set<PageMention>; readonly ranges: Set<Range> } {
  const mentions = new Set<PageMention>();
  return {
    kind: 'highlight',
    mentions,
    /** A live Range of each marked mention, made now. */
    get ranges() {
      return new Set([...mentions].map((mention) => mention.range));
    },
    add: (mention) => void mentions.add(mention),
    remove: (mention) => void mentions.delete(mention),
    setActive: () => {},
    setStyle: () => {},
    clear: () => mentions.clear(),
  };
}
