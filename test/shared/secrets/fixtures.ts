// Fake secrets for the tests, assembled at run time from a seeded generator so that no complete
// credential-shaped literal sits in the repository (secret scanners and push protection stay quiet).

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;

/** Deterministic string of `n` characters from `alphabet`. */
export function rnd(alphabet: string, n: number, seed = 1): string {
  let x = (seed * 2654435761) >>> 0;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += alphabet[(x >>> 8) % alphabet.length];
  }
  return s;
}

/** Joins pieces so a prefix and its body never appear together in the source. */
export const cat = (...pieces: string[]): string => pieces.join('');

export const awsKey = (seed = 1, prefix = 'AK' + 'IA'): string => cat(prefix, rnd(UPPER + '234567', 16, seed));
export const ghToken = (kind = 'p', seed = 2): string => cat('gh', kind, '_', rnd(ALNUM, 36, seed));
export const ghFineGrained = (seed = 3): string => cat('github', '_pat_', rnd(ALNUM, 22, seed), '_', rnd(ALNUM, 59, seed + 1));
export const glToken = (seed = 4): string => cat('gl', 'pat-', rnd(ALNUM + '_-', 20, seed));
export const slackBot = (seed = 5): string => cat('xo', 'xb-', rnd(DIGITS, 11, seed), '-', rnd(DIGITS, 12, seed + 1), '-', rnd(ALNUM, 24, seed + 2));
export const slackUser = (seed = 6): string =>
  cat('xo', 'xp-', rnd(DIGITS, 10, seed), '-', rnd(DIGITS, 11, seed + 1), '-', rnd(DIGITS, 12, seed + 2), '-', rnd(HEX, 32, seed + 3));
export const slackHook = (seed = 7): string =>
  cat('https://hooks.', 'slack.com/services/T', rnd(UPPER + DIGITS, 8, seed), '/B', rnd(UPPER + DIGITS, 10, seed + 1), '/', rnd(ALNUM, 24, seed + 2));
export const stripeKey = (mode = 'live', type = 's', seed = 8): string => cat(type, 'k_', mode, '_', rnd(ALNUM, 99, seed));
export const openaiProject = (seed = 9): string => cat('sk', '-proj-', rnd(B64URL, 156, seed));
export const openaiLegacy = (seed = 10): string => cat('sk', '-', rnd(ALNUM, 48, seed));
export const anthropicKey = (seed = 11): string => cat('sk', '-ant-api03-', rnd(B64URL, 93, seed), 'AA');
export const googleKey = (seed = 12): string => cat('AI', 'za', rnd(B64URL, 35, seed));
export const twilioKey = (seed = 13): string => cat('S', 'K', rnd(HEX, 32, seed));
export const sendgridKey = (seed = 14): string => cat('S', 'G.', rnd(B64URL, 22, seed), '.', rnd(B64URL, 43, seed + 1));
export const npmToken = (seed = 15): string => cat('np', 'm_', rnd(ALNUM, 36, seed));
export const azureConn = (seed = 16): string =>
  cat('DefaultEndpointsProtocol=https;AccountName=acme;Account', 'Key=', rnd(B64, 86, seed), '==;EndpointSuffix=core.windows.net');

const b64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
export const jwt = (header: unknown = { alg: 'HS256', typ: 'JWT' }, seed = 17): string =>
  cat(b64url(JSON.stringify(header)), '.', b64url(JSON.stringify({ sub: '1234567890', name: 'Jane', iat: 1516239022 })), '.', rnd(B64URL, 43, seed));

/** A PEM block: BEGIN line, 64-column base64 body, END line. */
export function pem(label = 'RSA ', seed = 18, lines = 6): string {
  const body = Array.from({ length: lines }, (_, i) => rnd(B64, 64, seed + i)).join('\n');
  return cat('-----', 'BEGIN ', label, 'PRIVATE KEY', label === 'PGP ' ? ' BLOCK' : '', '-----\n', body, '\n-----END ', label, 'PRIVATE KEY-----');
}

/** A GCP service-account key file as pasted from the downloaded JSON. */
export function serviceAccount(seed = 19): string {
  const pk = cat('-----', 'BEGIN PRIVATE KEY-----\n', rnd(B64, 64, seed), '\n', rnd(B64, 64, seed + 1), '\n-----END PRIVATE KEY-----\n');
  const file = {
    type: 'service_account',
    project_id: 'acme-prod',
    private_key_id: rnd(HEX, 40, seed),
    private_key: pk, // JSON.stringify writes the newlines as \n, as in the downloaded file
    client_email: 'ci@acme-prod.iam.gserviceaccount.com',
    client_id: rnd(DIGITS, 21, seed),
  };
  return JSON.stringify(file, null, 2);
}

/** Completes `prefix` to `length` digits with filler from `seed` and a valid Luhn check digit. */
export function luhnNumber(prefix: string, length: number, seed = 20): string {
  const body = prefix + rnd(DIGITS, length - prefix.length - 1, seed);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** The same digits with the check digit changed, so Luhn fails. */
export const breakLuhn = (n: string): string => n.slice(0, -1) + String((Number(n[n.length - 1]) + 1) % 10);

/** Groups digits as "4-4-4-4" etc. with `sep`. */
export function group(n: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const s of sizes) {
    out.push(n.slice(i, i + s));
    i += s;
  }
  return out.join(sep);
}
