import { describe, expect, it } from 'vitest';
import { CARD_MODULE_KEY, type CardModule } from '../../lib/card/contract';
import { cardModuleLoader, forgetLoadedCard } from '../../lib/card/loader';

const fakeModule = (): CardModule => ({ createCardLayer: async () => { throw new Error('not used'); } });

describe('loading the card on demand', () => {
  it('asks for the card script once, however many hovers come before it arrives', async () => {
    const globals: Record<string, unknown> = {};
    let asked = 0;
    const module = fakeModule();
    const load = cardModuleLoader(async () => {
      asked++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      globals[CARD_MODULE_KEY] = module;
    }, globals);
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(module);
    expect(a).toBe(module);
    expect(b).toBe(module);
    expect(asked).toBe(1);
  });

  it('does not ask when the card is already in this world', async () => {
    const module = fakeModule();
    let asked = 0;
    const load = cardModuleLoader(async () => void asked++, { [CARD_MODULE_KEY]: module });
    expect(await load()).toBe(module);
    expect(asked).toBe(0);
  });

  it('says what to do when the script did not hand over its code, and tries again on the next hover', async () => {
    const globals: Record<string, unknown> = {};
    let asked = 0;
    const load = cardModuleLoader(async () => {
      if (++asked === 2) globals[CARD_MODULE_KEY] = fakeModule();
    }, globals);
    await expect(load()).rejects.toThrow(/Rebuild the extension, then reload the page/);
    await expect(load()).resolves.toBe(globals[CARD_MODULE_KEY]);
    expect(asked).toBe(2);
  });

  it('forgets a card an earlier copy of the content script loaded, so this copy loads its own', async () => {
    const globals: Record<string, unknown> = { [CARD_MODULE_KEY]: fakeModule() };
    forgetLoadedCard(globals);
    const fresh = fakeModule();
    const load = cardModuleLoader(async () => void (globals[CARD_MODULE_KEY] = fresh), globals);
    expect(await load()).toBe(fresh);
  });
});
