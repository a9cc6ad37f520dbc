import { describe, expect, it } from 'vitest';
import { isPersonalMailDomain } from '../../../src/shared/domain/classify';

describe('isPersonalMailDomain', () => {
  const personal = [
    'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.fr', 'live.com',
    'live.nl', 'msn.com', 'yahoo.com', 'yahoo.co.jp', 'yahoo.com.br', 'ymail.com', 'icloud.com', 'me.com',
    'mac.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.de', 'gmx.net', 'web.de', 'aol.com', 'yandex.ru',
    'yandex.com', 'ya.ru', 'mail.ru', 'qq.com', '163.com', '126.com', 'naver.com', 'daum.net', 'hanmail.net',
    'zoho.com', 'tutanota.com', 'tuta.io', 'fastmail.com', 'hey.com', 'mail.com', 'seznam.cz', 'libero.it',
    'orange.fr', 'free.fr', 'wp.pl', 'o2.pl', 'rediffmail.com',
    // normalised first: case, trailing dot, subdomain of a provider, full-width
    'GMAIL.COM', 'gmail.com.', 'mail.gmail.com', 'ｇｍａｉｌ．ｃｏｍ',
  ];
  const notPersonal = [
    'acme.com', 'gmail.acme.com', 'notgmail.com', 'gmail.co', 'mail.acme.com', 'hotmailer.com', 'mymail.com',
    'gmx.github.io', // private suffix: not GMX
    'yahoo.unknowntld', // not an ICANN suffix
    '', 'gmail', 'not a domain',
  ];
  it.each(personal)('%s is personal', (d) => expect(isPersonalMailDomain(d)).toBe(true));
  it.each(notPersonal)('%s is not personal', (d) => expect(isPersonalMailDomain(d)).toBe(false));
});
