// Types for the userland punycode package (it ships none). Import the file path, not the bare
// name: a bare 'punycode' resolves to Node's deprecated built-in in Node-based tools.
declare module 'punycode/punycode.js' {
  interface Punycode {
    /** Converts an ASCII (xn--) domain to Unicode; throws RangeError on malformed punycode. */
    toUnicode(input: string): string;
    toASCII(input: string): string;
    decode(input: string): string;
    encode(input: string): string;
  }
  const punycode: Punycode;
  export default punycode;
}
