// Import throughput on the real corpus: parse+infer, and parse+infer+store, with Debian's pandoc
// reading the same Markdown, reStructuredText and MediaWiki text to its JSON AST in the same run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeText } from '../src/formats/decode.ts';
import type { InputFormat } from '../src/formats/detect.ts';
import { importText } from '../src/formats/import-text.ts';
import { placedItems } from '../src/formats/walk/items.ts';
import { openStore } from '../src/storage/index.ts';
import type { BenchRow } from './run.ts';
import { medianMs } from './timing.ts';

const SHARED = new URL('../../shared/', import.meta.url);
const PANDOC_READERS: Partial<Record<InputFormat, string>> = { md: 'gfm', rst: 'rst', wikitext: 'mediawiki' };

function documents(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['md', 'rst', 'wikitext', 'org', 'adoc', 'other']) {
    for (const name of readdirSync(new URL(`corpus/${dir}/`, SHARED))) {
      out.push({ name, text: decodeText(readFileSync(new URL(`corpus/${dir}/${name}`, SHARED))).text });
    }
  }
  for (const name of readdirSync(new URL('seeds/', SHARED))) {
    if (!name.endsWith('diff.txt'))
      out.push({ name, text: decodeText(readFileSync(new URL(`seeds/${name}`, SHARED))).text });
  }
  return out;
}

function countItems(roadmap: ReturnType<typeof importText>['document']['roadmap']): number {
  return placedItems(roadmap).length;
}

function hasPandoc(): boolean {
  return spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;
}

export async function benchImport(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const docs = documents();
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const items = docs.reduce(
    (n, d) => n + countItems(importText(d.text, { path: d.name }).document.roadmap),
    0,
  );
  const parseMs = await medianMs(5, () => {
    for (const d of docs) importText(d.text, { path: d.name });
  });
  rows.push({
    name: `corpus parse+infer (${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB)`,
    value: bytes / 1e6 / (parseMs / 1000),
    unit: 'MB/s',
  });
  rows.push({ name: 'corpus parse+infer', value: items / (parseMs / 1000), unit: 'items/s' });

  const dir = mkdtempSync(path.join(tmpdir(), 'waymark-bench-import-'));
  const store = await openStore({ sqlitePath: path.join(dir, 'bench.db') });
  await store.migrate();
  await store.ensureWorkspace('bench');
  let run = 0;
  const storeMs = await medianMs(3, async () => {
    run++;
    for (const [index, d] of docs.entries()) {
      const { document } = importText(d.text, { path: d.name, id: `doc-${run}-${index}` });
      await store.writeRoadmap({
        workspaceId: 'bench',
        roadmap: document.roadmap,
        baseRevisionId: null,
        actor: 'bench',
        kind: 'import',
      });
    }
  });
  await store.close();
  rows.push({
    name: 'corpus parse+infer+store (SQLite)',
    value: bytes / 1e6 / (storeMs / 1000),
    unit: 'MB/s',
    baseline: bytes / 1e6 / (parseMs / 1000),
    ratio: parseMs / storeMs,
  });
  rows.push({ name: 'corpus parse+infer+store (SQLite)', value: items / (storeMs / 1000), unit: 'items/s' });

  if (!hasPandoc()) {
    console.log('pandoc is not installed (apt-get install pandoc): skipping the comparison');
    return rows;
  }
  // One large input per format, so pandoc's process start-up does not dominate its time.
  for (const [format, reader] of Object.entries(PANDOC_READERS) as [InputFormat, string][]) {
    const sample = docs
      .filter((d) => importText(d.text, { path: d.name }).format === format)
      .map((d) => d.text);
    let text = '';
    while (text.length < 2_000_000) text += `${sample.join('\n\n')}\n\n`;
    const file = path.join(dir, `all.${format}`);
    writeFileSync(file, text);
    const mb = Buffer.byteLength(text) / 1e6;
    const oursMs = await medianMs(3, () => importText(text, { format }));
    const pandocMs = await medianMs(3, () => {
      const result = spawnSync('pandoc', ['-f', reader, '-t', 'json', file], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
    });
    rows.push({
      name: `${format} ${mb.toFixed(1)} MB: waymark parse+infer vs pandoc -t json (ratio = speed-up)`,
      value: mb / (oursMs / 1000),
      unit: 'MB/s',
      baseline: mb / (pandocMs / 1000),
      ratio: pandocMs / oursMs,
    });
  }
  return rows;
}
