/**
 * Expands a lexicon form pattern into its surface forms (see lib/matcher/lexicon.ts for the
 * syntax). `Каррер[a]` with paradigm a = [а, ы, е, у, ой|ою, е] gives Каррера, Карреры,
 * Каррере, Карреру, Каррерой, Каррерою. Paradigm tokens of one phrase share the case.
 */
export function expandForm(pattern: string, paradigms: Record<string, string[]>): string[] {
  return [...expandFormWithCase(pattern, paradigms).keys()];
}

/** The same surface forms, each with whether it is a nominative (first slot, or the form does not decline). */
export function expandFormWithCase(pattern: string, paradigms: Record<string, string[]>): Map<string, boolean> {
  const tokens = pattern.split(' ').map((token) => parseToken(token, paradigms));
  const declines = tokens.some((t) => t.endings !== null);
  const out = new Map<string, boolean>();
  for (let slot = 0; slot < (declines ? 6 : 1); slot++) {
    let phrases = [''];
    for (const t of tokens) {
      const words: string[] = [];
      for (const stem of t.stems) {
        const endings = t.endings ? t.endings[slot]!.split('|') : [''];
        for (const ending of endings) words.push(stem + ending);
      }
      phrases = phrases.flatMap((p) => words.map((w) => (p ? `${p} ${w}` : w)));
    }
    for (const p of phrases) out.set(p, out.get(p) || slot === 0);
  }
  return out;
}

function parseToken(token: string, paradigms: Record<string, string[]>) {
  const m = /^(.*?)(?:\[([A-Za-z0-9_]+)\])?$/u.exec(token)!;
  const body = m[1]!;
  const stems = body.startsWith('{') ? body.slice(1, -1).split('|') : [body];
  const endings = m[2] ? paradigms[m[2]] ?? null : null;
  if (m[2] && !endings) throw new Error(`Lexicon form token "${token}" uses undefined paradigm "${m[2]}"`);
  return { stems, endings };
}
