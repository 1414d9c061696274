// Benchmark: a vault like a real one, 10,000 notes of which 1,000 are specs (see bench/vaultNotes.ts), measured as
// issue 9's table asks (see bench/measureVault.mjs). Prints; asserts nothing; ends with one BENCH_JSON line.
import { benchVault } from "./measureVault.mjs";

await benchVault("realistic");
