// Unit project setup (vitest.config.ts). Preact runs effects after the next paint: requestAnimationFrame,
// with a 35 ms timer as the fallback (preact/hooks). A jsdom test file that ends right after a render leaves
// that timer behind, and on a busy machine it fired after the environment was gone ("cancelAnimationFrame is
// not defined", an uncaught error that fails the run with every test green). Before a jsdom file ends, let
// such timers fire: one registered later with a longer delay runs after them.
import { afterAll } from 'vitest';

afterAll(async () => {
  if (typeof window === 'undefined') return;
  await new Promise((resolve) => setTimeout(resolve, 50));
});
