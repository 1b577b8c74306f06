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
