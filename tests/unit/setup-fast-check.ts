import fc from 'fast-check';

// Locally every run draws new random cases; under CI=true the seed is fixed (FC_SEED overrides), so a
// submission's result does not depend on the draw. A failure prints its seed and counterexample either way.
if (process.env.CI) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261125) });
