import type { Plugin } from 'vite';
export declare const WORD_LISTS_ID: string;
export declare function zxcvbnWordLists(): Plugin;
