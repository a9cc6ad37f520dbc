// Types for the JS harness (used by TypeScript e2e tests).
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export const ROOT: string;
export const FIXTURES: string;
export const EXTENSION_ID: string;
export const NOTION_HOST_RE: RegExp;
export const COACH_HOST: string;
export function chromiumPath(): string;
export function setManagedPolicy(values: Record<string, unknown> | null): void;
export type NotionPage = Page & { errors: string[] };
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  requests: string[];
  serviceWorker(): Worker;
  /** Serves `fixture` at `url` and opens it; resolves at the page's load event unless `waitUntil` says otherwise. */
  openNotion(url: string, fixture?: string, opts?: { waitUntil?: 'load' | 'domcontentloaded' | 'commit' }): Promise<NotionPage>;
  extensionUrl(path: string): string;
  /** The welcome tour's tab that a first install opens by itself (waits up to 10 s for it). */
  welcomeTab(): Promise<Page>;
  /** Waits for the first-install welcome tab and closes it. */
  closeWelcomeTab(): Promise<void>;
  /** The real toolbar popup (needs launch({ toolbarPopup: true })), opened over `focus`'s window. */
  openToolbarPopup(focus: Page, opts?: { popup?: string }): Promise<{ page: PuppeteerPage; requestedAt: number }>;
  close(): Promise<void>;
}
export function launch(opts?: { ext?: string; headless?: boolean; live?: boolean; args?: string[]; noExtension?: boolean; toolbarPopup?: boolean; language?: string }): Promise<Harness>;
