#!/usr/bin/python3
# Prints, as JSON, every permutation dnstwist's fuzzer makes of each domain given on the command line:
# {"version": "…", "orgs": [{"domain": "acme.com", "permutations": [["homoglyph", "xn--…"], …]}, …]}.
# Offline: only Fuzzer.generate() runs (no DNS, no HTTP). All fuzzers, with dnstwist's own English
# dictionary (words added: contoso-login.com) and its common + abused TLD lists (TLD swaps).
# Debian: apt-get install dnstwist python3-idna (python3-idna makes the IDN encoding IDNA 2008, as in CI).
# Called by scripts/lib/dnstwist-corpus.mjs.
import json
import os
import sys

import dnstwist
import idna  # noqa: F401  (dnstwist encodes IDNs with it when present; required so every run encodes alike)


def dictionaries():
    here = os.path.join(os.path.dirname(os.path.abspath(dnstwist.__file__)), 'dictionaries')
    for d in (here, '/usr/share/dnstwist/dictionaries'):
        if os.path.isfile(os.path.join(d, 'english.dict')):
            return d
    sys.exit('dnstwist-corpus: dnstwist dictionaries not found')


def read(path):
    with open(path, encoding='utf-8') as f:
        return [l.strip() for l in f if l.strip() and not l.lstrip().startswith(('#', '//'))]


def main():
    d = dictionaries()
    words = [w for w in read(os.path.join(d, 'english.dict')) if w.isalnum()]
    tlds = sorted(set(read(os.path.join(d, 'common_tlds.dict')) + read(os.path.join(d, 'abused_tlds.dict'))))
    orgs = []
    for domain in sys.argv[1:]:
        fuzzer = dnstwist.Fuzzer(domain, dictionary=words, tld_dictionary=list(tlds))
        fuzzer.generate()
        perms = sorted({(p['fuzzer'], p['domain']) for p in fuzzer.permutations() if p['domain']})
        orgs.append({'domain': domain, 'permutations': [list(p) for p in perms]})
    json.dump({'version': dnstwist.__version__, 'words': len(words), 'tlds': len(tlds), 'orgs': orgs}, sys.stdout)


main()
