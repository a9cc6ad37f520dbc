// Secret detection in pasted text (kinds and counts only, never the text). PURE.
export { scanForSecrets, SECRET_KINDS, SECRET_SCAN_MAX_CHARS, type SecretFinding, type SecretKind } from './scan';
export { benchScan, buildBenchSample, BENCH_SAMPLE_CHARS } from './bench';
