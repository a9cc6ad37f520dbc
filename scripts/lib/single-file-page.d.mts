import type { Plugin, PluginOption } from 'vite';
/** Builds `entry` as one ES module at `<outDir>/<out>` after the main build (see the .mjs for why). */
export declare function singleFilePage(page: { entry: string; out: string; plugins?: PluginOption[] }): Plugin;
