import { describe, expect, it } from 'vitest';
import { blocksOfOurs } from '../../scripts/bench/firefox';

/**
 * A Gecko profile of one main thread, 1 ms samples: `stacks` are frame names, innermost first, one
 * per sample; null is a sample of nobody's JavaScript (a gap between blocks).
 */
function profile(stacks: (string[] | null)[]): Parameters<typeof blocksOfOurs>[0] {
  const stringTable: string[] = [];
  const frames: number[][] = [];
  const stackRows: (number | null)[][] = [];
  const str = (s: string) => (stringTable.includes(s) ? stringTable.indexOf(s) : stringTable.push(s) - 1);
  const frame = (name: string) => {
    const at = frames.findIndex((f) => f[0] === str(name));
    return at >= 0 ? at : frames.push([str(name)]) - 1;
  };
  const stack = (names: string[]): number => {
    let prefix: number | null = null;
    for (const name of [...names].reverse()) {
      const f = frame(name);
      const at = stackRows.findIndex((r) => r[0] === f && r[1] === prefix);
      prefix = at >= 0 ? at : stackRows.push([f, prefix]) - 1;
    }
    return prefix!;
  };
  const samples = stacks.map((names, time) => [names ? stack(names) : null, time]);
  return {
    meta: { interval: 1 },
    processes: [],
    threads: [{
      name: 'GeckoMain',
      markers: { schema: { name: 0, startTime: 1, phase: 2 }, data: [] },
      samples: { schema: { stack: 0, time: 1 }, data: samples },
      stackTable: { schema: { frame: 0, prefix: 1 }, data: stackRows },
      frameTable: { schema: { location: 0 }, data: frames },
      stringTable,
    }],
  };
}

const MAIN = 'main (moz-extension://abc/content-scripts/content.js:1:1)';
const SCAN = 'work (moz-extension://abc/marking.js:1:1)';
const SETUP = 'initGlobal (resource://gre/modules/ExtensionCommon.sys.mjs:1871:13)';
const STORAGE = 'getAPI (chrome://extensions/content/child/ext-storage.js:152:9)';
const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe('bench: blocks of ours in a Firefox profile', () => {
  it("tells Firefox's own setup of the extension API apart from our code's blocks", () => {
    const run = blocksOfOurs(profile([
      ...times(20, [SETUP, MAIN]),
      null, null, null,
      ...times(6, [STORAGE, MAIN]),
      null, null, null,
      ...times(9, [SCAN]),
      null, null, null,
      ...times(4, ['RegExp test', SCAN]),
    ]))!;
    expect(run.blocks).toBe(4);
    expect(run.longestBlockMs).toBe(20);
    expect(run.longestApiSetupMs).toBe(20);
    expect(run.longestOwnBlockMs).toBe(9);
    expect(run.blocksOver16).toBe(1);
  });

  it("counts our listener that Firefox's API code calls as ours, not as its setup", () => {
    const DISPATCH = 'fire (resource://gre/modules/ExtensionCommon.sys.mjs:200:5)';
    const run = blocksOfOurs(profile(times(20, ['onMessage (moz-extension://abc/content-scripts/content.js:9:1)', DISPATCH])))!;
    expect(run.longestOwnBlockMs).toBe(20);
    expect(run.longestApiSetupMs).toBe(0);
  });

  it('counts a block as ours when our code is most of it, even with some API setup in it', () => {
    const run = blocksOfOurs(profile([...times(3, [SETUP, MAIN]), ...times(14, [SCAN])]))!;
    expect(run.blocks).toBe(1);
    expect(run.longestOwnBlockMs).toBe(17);
    expect(run.longestApiSetupMs).toBe(0);
  });
});
