// Secret detection in pasted text (kinds and counts only, never the text). PURE.
export {
  scanForSecrets,
  scanInSlices,
  SecretScan,
  SCAN_SLICE_CHARS,
  SECRET_KINDS,
  SECRET_SCAN_MAX_CHARS,
  type SecretFinding,
  type SecretKind,
} from './scan';
export { SCAN_CONTEXT } from './region';
export { benchScan, buildBenchSample, BENCH_SAMPLE_CHARS } from './bench';
