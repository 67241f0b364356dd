#!/usr/bin/env node
// The lint rule for the architecture: each layer under src/ imports only the layers below it,
// and the pure layers (domain, formats) import no I/O.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Lowest first: a layer may import itself and anything earlier in this list. */
export const LAYERS = ['domain', 'formats', 'storage', 'config', 'commands', 'server', 'web', 'cli'];

const PURE_LAYERS = new Set(['domain', 'formats']);
const IO_MODULES =
  /^(node:)?(fs|fs\/promises|net|http|https|http2|child_process|dgram|tls|cluster|worker_threads)$|^(kysely|better-sqlite3|pg|fastify|pino)(\/|$)/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield full;
  }
}

function layerOf(srcDir, file) {
  const [first] = path.relative(srcDir, file).split(path.sep);
  return first;
}

export function checkLayers(srcDir) {
  const violations = [];
  for (const file of sourceFiles(srcDir)) {
    const layer = layerOf(srcDir, file);
    const rank = LAYERS.indexOf(layer);
    const rel = path.relative(path.dirname(srcDir), file);
    if (rank < 0) {
      violations.push(`${rel}: folder "${layer}" is not a layer (${LAYERS.join(', ')})`);
      continue;
    }
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (fileName.startsWith('.')) {
        const target = path.resolve(path.dirname(file), fileName);
        if (!target.startsWith(srcDir + path.sep)) {
          violations.push(`${rel}: imports ${fileName}, outside src/`);
          continue;
        }
        const targetLayer = layerOf(srcDir, target);
        if (LAYERS.indexOf(targetLayer) > rank) {
          violations.push(`${rel}: ${layer} must not import ${targetLayer} (${fileName})`);
        }
      } else if (PURE_LAYERS.has(layer) && IO_MODULES.test(fileName)) {
        violations.push(`${rel}: ${layer} is pure and must not import ${fileName}`);
      }
    }
  }
  return violations;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const srcDir = path.resolve(
    process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src'),
  );
  const violations = checkLayers(srcDir);
  for (const violation of violations) console.error(violation);
  if (violations.length > 0) {
    console.error(`\n${violations.length} layer violation(s). Layers, lowest first: ${LAYERS.join(' < ')}`);
    process.exit(1);
  }
  console.log(`layers ok (${LAYERS.join(' < ')})`);
}
