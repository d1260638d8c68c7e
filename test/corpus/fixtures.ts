import { gzipSync } from 'node:zlib';

/** Composed article texts for ingest tests (no data set text): distinct per index. */
const NAMES = ['Mara Quill', 'Tomas Brek', 'Ilse Varn', 'Joss Penner', 'Alia Droste', 'Henrik Sallow'];
const PLACES = ['Ostmark', 'Lindhaven', 'Corva', 'Tessel Bay', 'Rainford'];
const TOPICS = ['the new tram line', 'the school budget', 'flood defences', 'the harbour lease', 'night bus routes'];

export function articleText(i: number): string {
  const who = NAMES[i % NAMES.length]!, where = PLACES[(i >> 1) % PLACES.length]!, what = TOPICS[(i >> 2) % TOPICS.length]!;
  return [
    `${where} council member ${who} said on Tuesday that ${what} would be reviewed before the spring session, number ${i}.`,
    `"We owe the residents of ${where} a clear answer on ${what}," ${who} told reporters after meeting ${i % 7 + 2} local groups.`,
    `Critics said the review of ${what} had been promised ${i % 5 + 2} times since the last election, and article ${i * 7919 % 10007} in the series counts them.`,
  ].join('\n\n') + '\n';
}

export function html(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Test Courier"></head><body><article><h1>${title}</h1>${body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

export function warcRecord(url: string, page: string): Buffer {
  const http = Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${page}`);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2021-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(url.length).padStart(12, '0')}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

export function warcRequest(url: string): Buffer {
  const http = Buffer.from(`GET / HTTP/1.1\r\nHost: x\r\n\r\n`);
  return Buffer.concat([Buffer.from(`WARC/1.0\r\nWARC-Type: request\r\nWARC-Target-URI: ${url}\r\nContent-Type: application/http; msgtype=request\r\nContent-Length: ${http.length}\r\n\r\n`), http, Buffer.from('\r\n\r\n')]);
}

/** A gzip stream cut short (its last bytes missing), as a failed download leaves it. */
export function truncatedGzip(data: string | Buffer): Buffer {
  const gz = gzipSync(data);
  return gz.subarray(0, Math.floor(gz.length * 0.6));
}
