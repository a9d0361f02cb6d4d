#!/usr/bin/env node
// Part of `npm run build`: copies what the pages read at run time (templates, assets: every file of src/web that
// is not TypeScript) into dist/web, so the built application runs without src/.
'use strict';
const { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const root = join(__dirname, '..');
const from = join(root, 'src', 'web');
const to = join(root, 'dist', 'web');
const runtimeFile = (name) => !name.endsWith('.ts');

// A template or asset deleted from src/ must not linger in dist/: remove the previous copies first.
if (existsSync(to)) {
  rmSync(join(to, 'assets'), { recursive: true, force: true });
  for (const entry of readdirSync(to, { recursive: true, withFileTypes: true, encoding: 'utf8' })) {
    if (entry.isFile() && !/\.js(\.map)?$/.test(entry.name)) rmSync(join(entry.parentPath, entry.name));
  }
}

let count = 0;
for (const entry of readdirSync(from, { recursive: true, withFileTypes: true, encoding: 'utf8' })) {
  if (!entry.isFile() || !runtimeFile(entry.name)) continue;
  const source = join(entry.parentPath, entry.name);
  const target = join(to, relative(from, source));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  count++;
}
console.log(`copied ${count} templates and assets into dist/web`);
