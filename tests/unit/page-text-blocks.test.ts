import { describe, expect, it } from 'vitest';
import { collectTextBlocks, locateOffset } from '../../lib/page/text-blocks';

function dom(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host;
}

describe('text blocks', () => {
  it('joins inline elements into one block, so a name split by <b> is one text', () => {
    const blocks = collectTextBlocks(dom('<p>Массимо <b>Каррера</b> <a href="#">заявил</a></p>'));
    expect(blocks.map((b) => b.text)).toEqual(['Массимо Каррера заявил']);
  });

  it('keeps words apart where the page shows them apart without a space, and together where it does not', () => {
    const host = dom(
      '<style>.row { display: flex } .gap { margin-right: 6px } .chip { display: inline-block }</style>' +
        '<p><time>14:20</time><a href="#">Мотта провел тренировку</a></p>' +
        '<p class="row"><span>Торино — Дженоа</span><b>2</b></p>' +
        '<p><span class="gap">Главное</span><a href="#">Каррера</a></p>' +
        '<p><span class="chip">Спартак</span><span class="chip">Дженоа</span></p>' +
        '<p>Массимо <b>Кар</b>рера</p>',
    );
    document.body.append(host);
    try {
      const blocks = collectTextBlocks(host);
      expect(blocks.map((b) => b.text)).toEqual([
        '14:20 Мотта провел тренировку', 'Торино — Дженоа 2', 'Главное Каррера', 'Спартак Дженоа', 'Массимо Каррера',
      ]);
      // The added space belongs to no text node: the name still maps to its own node.
      const first = blocks[0]!;
      const start = locateOffset(first, 6);
      expect(start.node.data).toBe('Мотта провел тренировку');
      expect(start.offset).toBe(0);
      expect(locateOffset(first, 5, true)).toMatchObject({ offset: 5 });
    } finally {
      host.remove();
    }
  });

  it('never joins text across blocks, line breaks or list items', () => {
    const blocks = collectTextBlocks(dom('<div>Массимо<p>Каррера</p>тренер<br>Спартак<ul><li>Дженоа</li><li>Челси</li></ul></div>'));
    expect(blocks.map((b) => b.text)).toEqual(['Массимо', 'Каррера', 'тренер', 'Спартак', 'Дженоа', 'Челси']);
  });

  it('skips scripts, styles, templates, form fields, editable and hidden content', () => {
    const blocks = collectTextBlocks(
      dom(
        '<p>видно</p><script>Каррера</script><style>.x{}</style><noscript>Каррера</noscript><template>Каррера</template>' +
          '<textarea>Каррера</textarea><div contenteditable="true">Каррера</div><div hidden>Каррера</div>' +
          '<div style="display: none">Каррера</div><div data-carrera-lens-ui>Каррера</div>',
      ),
    );
    expect(blocks.map((b) => b.text)).toEqual(['видно']);
  });

  it('maps block offsets back to the text node and offset they came from', () => {
    const [block] = collectTextBlocks(dom('<p>Массимо <b>Каррера</b> заявил</p>'));
    const start = locateOffset(block!, 8);
    const end = locateOffset(block!, 15, true);
    expect(start.node.data).toBe('Каррера');
    expect(start.offset).toBe(0);
    expect(end.node.data).toBe('Каррера');
    expect(end.offset).toBe(7);
  });

  it('reads a page nested thousands of elements deep without overflowing the stack', () => {
    let html = 'Каррера';
    for (let i = 0; i < 3000; i++) html = `<span>${html}</span>`;
    expect(collectTextBlocks(dom(`<p>${html}</p>`)).map((b) => b.text)).toEqual(['Каррера']);
  });
});
