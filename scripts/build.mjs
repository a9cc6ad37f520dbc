// npm run build: dist/chrome and dist/firefox from the one source (vite.config.ts).
import { build } from 'vite';

for (const mode of ['production', 'firefox']) {
  await build({ mode, logLevel: process.env.VERBOSE ? 'info' : 'warn' });
}
console.log('built dist/chrome and dist/firefox');
