import lexicon from './assets/knowledge/lexicon.json';
import { compileMatcherInSteps, runToEnd } from './lib/matcher/compile';
const t = process.cpuUsage();
const m = runToEnd(compileMatcherInSteps(lexicon as any));
const u = process.cpuUsage(t);
console.log('cold compile', ((u.user + u.system) / 1000).toFixed(1), 'ms', typeof m.find);
