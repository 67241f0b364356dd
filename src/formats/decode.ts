// Bytes to text: BOMs and UTF-8 first, then a single-byte fallback with a warning, and a clear
// refusal for data that is not text at all.
import type { Warning } from './outline/types.ts';

export class NotTextError extends Error {}

export function decodeText(bytes: Uint8Array): { text: string; warnings: Warning[] } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), warnings: [] };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0)
      throw new NotTextError('the file contains NUL bytes: it looks like binary data, not a document');
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new NotTextError(
      'the file is mostly control characters: it looks like binary data, not a document',
    );
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return {
      text,
      warnings: [{ line: 1, column: 1, message: 'not valid UTF-8: read as Windows-1252 (Latin-1)' }],
    };
  }
}
