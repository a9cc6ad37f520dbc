// Personal (consumer / webmail) mail providers. PURE.
//
// Matching is on the registrable domain (ICANN suffixes only, so gmx.github.io is not GMX), which
// makes mail.gmail.com personal too. Families whose brand exists under many country suffixes
// (hotmail.co.uk, yahoo.co.jp, gmx.de…) match on the label left of the public suffix instead.

import { parse as parseHost } from 'tldts';
import { normaliseDomain } from '../settings/domains';

/** Brand label → personal under any ICANN public suffix (hotmail.fr, live.nl, yandex.kz…). */
const FAMILIES: ReadonlySet<string> = new Set([
  'hotmail', 'outlook', 'live', 'windowslive', 'yahoo', 'gmx', 'yandex', 'aol', 'tutanota', 'fastmail',
]);

/** Exact registrable domains. */
const DOMAINS: ReadonlySet<string> = new Set(
  [
    // Google, Microsoft, Apple, Yahoo/AOL
    'gmail.com googlemail.com msn.com passport.com icloud.com me.com mac.com ymail.com rocketmail.com',
    'aim.com verizon.net att.net sbcglobal.net bellsouth.net',
    // Privacy-focused and independent
    'proton.me protonmail.com protonmail.ch pm.me tuta.io tuta.com tutamail.com keemail.me hey.com',
    'mailbox.org posteo.de posteo.net hushmail.com duck.com mozmail.com simplelogin.com aleeas.com',
    'slmail.me anonaddy.me anonaddy.com mail.com email.com usa.com lycos.com inbox.com zoho.com',
    'zohomail.com zohomail.eu zohomail.in runbox.com disroot.org riseup.net',
    // Europe
    'web.de t-online.de freenet.de arcor.de seznam.cz post.cz centrum.cz libero.it virgilio.it',
    'tiscali.it alice.it tim.it orange.fr wanadoo.fr free.fr laposte.net sfr.fr neuf.fr',
    'bbox.fr wp.pl o2.pl interia.pl onet.pl op.pl bluewin.ch skynet.be telenet.be ziggo.nl',
    'kpnmail.nl hetnet.nl planet.nl home.nl xs4all.nl btinternet.com sky.com virginmedia.com',
    'ntlworld.com talktalk.net blueyonder.co.uk abv.bg ukr.net i.ua online.no',
    // Russia, China, Korea, Japan, India
    'ya.ru mail.ru inbox.ru list.ru bk.ru rambler.ru qq.com foxmail.com 163.com 126.com yeah.net',
    'sina.com sina.cn sohu.com aliyun.com 139.com naver.com daum.net hanmail.net kakao.com nate.com',
    'docomo.ne.jp ezweb.ne.jp au.com softbank.ne.jp i.softbank.jp nifty.com rediffmail.com',
    // Americas, Oceania
    'comcast.net cox.net charter.net earthlink.net shaw.ca rogers.com sympatico.ca videotron.ca',
    'uol.com.br bol.com.br terra.com.br ig.com.br bigpond.com bigpond.net.au optusnet.com.au',
    'xtra.co.nz',
  ]
    .join(' ')
    .split(' '),
);

/** For an ascii host that is already normalised (lower-case, punycode). */
export function isPersonalHost(host: string): boolean {
  const r = parseHost(host, { extractHostname: false, validateHostname: false });
  if (!r.domain) return false;
  if (DOMAINS.has(r.domain)) return true;
  return r.isIcann === true && r.domainWithoutSuffix !== null && FAMILIES.has(r.domainWithoutSuffix);
}

/** True for consumer mail providers: gmail.com, hotmail.co.uk, yahoo.co.jp, gmx.de, mail.ru… */
export function isPersonalMailDomain(domain: string): boolean {
  if (typeof domain !== 'string') return false;
  const host = normaliseDomain(domain);
  return host !== undefined && isPersonalHost(host);
}
