import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the lint script is plain JavaScript run by node, without type declarations.
import { checkLayers } from '../../scripts/check-layers.mjs';

const check = checkLayers as (srcDir: string) => string[];

function fixture(files: Record<string, string>): string {
  const src = path.join(mkdtempSync(path.join(tmpdir(), 'waymark-layers-')), 'src');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(src, name)), { recursive: true });
    writeFileSync(path.join(src, name), text);
  }
  return src;
}

describe('layer rule', () => {
  it('holds for the project sources', () => {
    expect(check(fileURLToPath(new URL('../../src', import.meta.url)))).toEqual([]);
  });

  it('refuses upward imports, I/O in pure layers and unknown top-level folders', () => {
    const src = fixture({
      'domain/a.ts': "import { x } from '../storage/b.ts';\nimport { readFileSync } from 'node:fs';\n",
      'storage/b.ts': "import { y } from '../domain/c.ts';\nimport { Kysely } from 'kysely';\n",
      'domain/c.ts': 'export const y = 1;\n',
      'formats/d.ts': "import pg from 'pg';\n",
      'cli/e.ts': "import { z } from '../server/f.ts';\n",
      'server/f.ts': "import { w } from '../cli/e.ts';\n",
      'misc/g.ts': 'export {};\n',
    });
    expect(check(src).sort()).toEqual(
      [
        'src/domain/a.ts: domain is pure and must not import node:fs',
        'src/domain/a.ts: domain must not import storage (../storage/b.ts)',
        'src/formats/d.ts: formats is pure and must not import pg',
        'src/misc/g.ts: folder "misc" is not a layer (domain, formats, storage, config, commands, server, web, cli)',
        'src/server/f.ts: server must not import cli (../cli/e.ts)',
      ].sort(),
    );
  });
});
