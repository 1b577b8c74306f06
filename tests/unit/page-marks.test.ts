import { describe, expect, it } from 'vitest';
import { createMarkPainter, FALLBACK_TAG } from '../../lib/page/marks';
import { PageMention } from '../../lib/page/mention-index';

describe('fallback mark painter (where the Highlight API is missing)', () => {
  it('wraps the marked text and restores the page exactly when unwrapping', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>Экс-наставник «Спартака» Массимо <b>Каррера</b> заявил, что Каррера готов</p>';
    document.body.append(host);
    const before = host.innerHTML;
    const p = host.querySelector('p')!;
    const text = p.firstChild as Text;
    const painter = createMarkPainter(document);
    expect(painter.kind).toBe('wrap'); // happy-dom has no CSS.highlights

    const spartak = document.createRange();
    spartak.setStart(text, text.data.indexOf('Спартака'));
    spartak.setEnd(text, text.data.indexOf('Спартака') + 'Спартака'.length);
    const fullName = document.createRange();
    fullName.setStart(text, text.data.indexOf('Массимо'));
    fullName.setEnd(p.querySelector('b')!.firstChild!, 7);
    // Painted last to first, as the scanner does, so earlier offsets stay valid after each split.
    painter.add(PageMention.fromRange('carrera', fullName, p));
    painter.add(PageMention.fromRange('spartak', spartak, p));
    expect([...host.querySelectorAll(FALLBACK_TAG)].map((m) => m.textContent)).toEqual(['Спартака', 'Массимо ', 'Каррера']);
    expect(p.textContent).toBe('Экс-наставник «Спартака» Массимо Каррера заявил, что Каррера готов');

    painter.clear();
    expect(host.innerHTML).toBe(before);
    expect(p.childNodes).toHaveLength(3); // split text nodes are merged back, not just equal when serialized
    host.remove();
  });
});
