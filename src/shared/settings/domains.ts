// Domain-list input as people type it in options or admins put it in policy. PURE.

const MAX_DOMAINS = 500;
const MAX_INPUT = 100_000;

/**
 * Turns one domain as typed ("Acme.COM", "@acme.com", "*.acme.com", "https://acme.com/x", "bücher.de")
 * into a lower-case ASCII (punycode) hostname, or undefined when it is not a usable domain.
 * Uses the WHATWG URL parser (a JS global in Node and browsers) for IDNA, so no hand-written punycode.
 */
export function normaliseDomain(input: string): string | undefined {
  let s = input.normalize('NFKC').trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, ''); // scheme
  s = s.replace(/^[^@]*@/, ''); // "user@acme.com" or "@acme.com"
  s = s.replace(/^\*\./, ''); // "*.acme.com"
  s = s.split(/[/?#:]/, 1)[0] ?? '';
  s = s.replace(/(?<!\.)\.+$/, ''); // trailing dots (tried only where a run of dots starts: linear)
  if (!s || s.length > 253 || !s.includes('.')) return undefined;
  let host: string;
  try {
    host = new URL(`http://${s}/`).hostname;
  } catch {
    return undefined;
  }
  if (!/^[a-z0-9.-]+$/.test(host) || /^[0-9.]+$/.test(host)) return undefined;
  const labels = host.split('.');
  if (labels.some((l) => l.length === 0 || l.length > 63 || l.startsWith('-') || l.endsWith('-'))) return undefined;
  if (!/[a-z]/.test(labels[labels.length - 1] ?? '')) return undefined;
  return host;
}

/** Splits on newlines, commas, semicolons and whitespace; returns unique valid domains and the rejects. */
export function normaliseDomainList(text: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const part of text.slice(0, MAX_INPUT).split(/[\s,;]+/)) {
    if (!part) continue;
    const d = normaliseDomain(part);
    if (!d) {
      if (invalid.length < 20) invalid.push(part.slice(0, 80));
      continue;
    }
    if (seen.has(d) || valid.length >= MAX_DOMAINS) continue;
    seen.add(d);
    valid.push(d);
  }
  return { valid, invalid };
}
