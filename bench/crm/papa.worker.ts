/**
 * The CRM bench's baseline: papaparse alone reading the same file in a Web Worker, streaming
 * (its own chunked File reader) and only counting rows. What the real import adds to this (the
 * decoding, the encoding and delimiter sniffing, the reducer into totals) is what the ratio measures.
 */
import Papa from 'papaparse';

self.onmessage = (e: MessageEvent<Blob>) => {
  let rows = 0;
  Papa.parse<string[]>(e.data as File, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: true,
    chunk(results) {
      rows += results.data.length;
    },
    complete() {
      (self as unknown as Worker).postMessage({ rows });
    },
  });
};
