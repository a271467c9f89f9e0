/** Types of headers.mjs (plain JavaScript so that `node scripts/serve.mjs` runs it unbuilt). */
export declare const META_CONTENT_SECURITY_POLICY: string;
export declare const CONTENT_SECURITY_POLICY: string;
export declare const SECURITY_HEADERS: Readonly<{
  'Content-Security-Policy': string;
  'X-Content-Type-Options': 'nosniff';
  'Referrer-Policy': 'no-referrer';
  'Cross-Origin-Opener-Policy': 'same-origin';
  'Cross-Origin-Resource-Policy': 'same-origin';
  'X-Frame-Options': 'DENY';
}>;
export declare const MIME_TYPES: Readonly<Record<string, string>>;
export declare function contentTypeFor(fileName: string): string;
