import { readFileSync } from 'node:fs';
import { getMatcher } from './lib/matcher';
const texts = JSON.parse(readFileSync('/tmp/exp/' + (process.argv[2] ?? 'dense') + '-texts.json', 'utf8')) as string[];
const m = getMatcher();
const reps = Number(process.argv[3] ?? 30);
let best = Infinity;
for (let r = 0; r < reps; r++) { const t = process.cpuUsage(); for (const s of texts) m.find(s); const u = process.cpuUsage(t); best = Math.min(best, (u.user + u.system) / 1000); }
console.log('best find pass', best.toFixed(1), 'ms');
