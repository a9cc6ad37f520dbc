// Types for the Firefox harness (used by TypeScript e2e tests).
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

export const FIREFOX_ADDON_ID: string;
export const FIREFOX_UUID: string;
export function firefoxPath(): string;
export function firefoxPolicyFile(): string;
export function setFirefoxPolicy(values: Record<string, unknown> | null): void;
export type FirefoxPage = Page & { errors: string[] };
export type RouteAnswer = { status?: number; body?: string; headers?: Record<string, string>; contentType?: string } | 'abort';
export interface FirefoxHarness {
  browser: Browser;
  extensionId: string;
  requests: string[];
  routes: [string, (req: HTTPRequest) => RouteAnswer | Promise<RouteAnswer>][];
  newPage(): Promise<FirefoxPage>;
  extensionUrl(path: string): string;
  openNotion(url: string, fixture?: string, opts?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<FirefoxPage>;
  serve(url: string, fixture: string): void;
  close(): Promise<void>;
}
export function launchFirefox(opts?: { ext?: string; headless?: boolean; language?: string; prefs?: Record<string, unknown>; noExtension?: boolean }): Promise<FirefoxHarness>;
