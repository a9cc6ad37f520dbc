// Loads test/fixtures/notion/*.html into jsdom's document and mirrors what fake-notion.js does
// (clone a <template> into the overlay / settings container), without running the fixture's script.
// SRM Coach never reads data-fx; the tests use it only to find the fixture's own parts.

import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/notion');

export function loadFixture(name: string): void {
  const html = readFileSync(join(FIXTURES, name), 'utf8');
  loadHtml(html);
}

export function loadHtml(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const s of parsed.querySelectorAll('script')) s.remove();
  const root = document.importNode(parsed.documentElement, true);
  document.replaceChild(root, document.documentElement);
}

export const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document): T => {
  const el = root.querySelector<T>(sel);
  if (!el) throw new Error(`fixture has no ${sel}`);
  return el;
};

function cloneTemplate(id: string): HTMLElement {
  const t = document.getElementById(id);
  if (!(t instanceof HTMLTemplateElement)) throw new Error(`fixture has no <template id="${id}">`);
  const el = t.content.firstElementChild?.cloneNode(true);
  if (!(el instanceof HTMLElement)) throw new Error(`<template id="${id}"> is empty`);
  return el;
}

const overlay = (): Element => document.querySelector('[data-fx=overlay]') ?? document.body;

/** data-fx=open-share: the Share menu opens in the overlay container. */
export function openShare(): HTMLElement {
  const menu = cloneTemplate('fx-share');
  overlay().append(menu);
  return menu;
}

/** data-fx=open-people: the people dialog opens in [data-fx=settings], else the overlay container. */
export function openPeople(): HTMLElement {
  const dialog = cloneTemplate('fx-people');
  (document.querySelector('[data-fx=settings]') ?? overlay()).append(dialog);
  return dialog;
}

/** data-fx=access-button: the General access menu opens right after the button. */
export function openAccessMenu(): HTMLElement {
  const menu = cloneTemplate('fx-access-menu');
  $('[data-fx=access-button]').after(menu);
  return menu;
}

/** What fake-notion.js does when an address is committed: a chip right before the input. */
export function addChip(email: string): HTMLElement {
  const input = $('[data-fx=invite-input]');
  const chip = cloneTemplate('fx-chip');
  const text = chip.querySelector('[data-fx=chip-text]') ?? chip;
  text.textContent = email;
  if (chip.hasAttribute('aria-label')) chip.setAttribute('aria-label', `Remove ${email}`);
  input.before(chip);
  return chip;
}

export function typeInto(value: string): HTMLInputElement {
  const input = $<HTMLInputElement>('[data-fx=invite-input]');
  input.value = value;
  return input;
}
