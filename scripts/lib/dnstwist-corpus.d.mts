export interface DnstwistCorpus {
  version: string;
  /** Words in dnstwist's English dictionary and TLDs in its lists, as used. */
  words: number;
  tlds: number;
  orgs: { domain: string; permutations: [fuzzer: string, domain: string][] }[];
}
export declare function dnstwistPython(): string | undefined;
export declare function dnstwistCorpus(domains: readonly string[]): DnstwistCorpus;
