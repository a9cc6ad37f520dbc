// Import aliases, one list for every build and test config (vite.config.ts, vitest.config.ts, the
// single-file page builds, the benches) and tsconfig.json's "paths": `@shared/x` is src/shared/x, the pure
// core every other layer imports.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ALIASES = { '@shared': join(dirname(fileURLToPath(import.meta.url)), '../../src/shared') };
