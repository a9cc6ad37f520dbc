import type { Plugin } from 'vite';
export function exposeOnly(keep: string[]): Plugin;
