// Benchmark: 10,000 notes, every one a spec in one of the five templates' conventions (see bench/vaultNotes.ts),
// measured as issue 9's table asks (see bench/measureVault.mjs). Prints; asserts nothing; ends with one BENCH_JSON line.
import { benchVault } from "./measureVault.mjs";

await benchVault("all-specs");
