// The scorer's limits, each with the measurement behind it. PURE.
/**
 * Only the first 64 UTF-16 units are scored. Why 64:
 *  - zxcvbn-ts' run time grows steeply with length (Node 20, 2 vCPUs, 2026-11: random 200 chars takes ~1.4 s with
 *    the default cap of 256; with 64 and a l33t cap of 10 the worst case is ~45–75 ms);
 *  - 64 random printable chars already score ≥ 10^63 guesses, and a 64-char prefix of a passphrase
 *    is far above score 4's threshold (10^10), so the cut can only under-rate a password whose
 *    first 64 chars are themselves weak ("aaaa…a" + a secret tail) — a conservative error;
 *  - the policy's length rule (15 / 8) is counted separately on the full input (policy.ts).
 * It also bounds the work an attacker-controlled paste (10,000 chars) can cause on the page.
 */
export const SCORER_MAX_LENGTH = 64;

/**
 * Cap on de-l33ted variants the dictionary matcher generates per substring (zxcvbn-ts stops
 * enumerating substitution combinations after this many). The library default (100) is a DoS guard.
 * Measured here (Node 20, 2 vCPU) on random 64-char input: 0 → ~16 ms, 1 → ~30, 3 → ~38,
 * 5 → ~46, 10 → ~75 ms (the default, 100 → ~317 ms). On a l33t test set (p@$$w0rd, P@55w0rd!,
 * n0t10n2026, 4dm1n1str4t0r, 8@$3b@11, w1nt3r2024!, 1l0v3y0u, …) 5 gives exactly the same scores as
 * 10 and 100, while 3 already misses "8@$3b@11" (baseball: score 2 instead of 0). So 5: full
 * detection of realistic disguises at ~60 % of the worst-case time of 10.
 */
export const SCORER_L33T_MAX_SUBSTITUTIONS = 5;
