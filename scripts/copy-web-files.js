// Part of `npm run build`: the pages' templates and static files are build output too, so dist/ runs without
// src/. Copies src/web/**/*.eta and src/web/assets/ to dist/src/web/, after removing the copies of a previous build.
const { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } = require('node:fs');
const { dirname, join, relative, sep } = require('node:path');

const from = join(__dirname, '..', 'src', 'web');
const to = join(__dirname, '..', 'dist', 'src', 'web');

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const isWebFile = (path) => path.endsWith('.eta') || path.startsWith(`assets${sep}`);

rmSync(join(to, 'assets'), { recursive: true, force: true });
for (const file of files(to).filter((f) => f.endsWith('.eta'))) rmSync(file);

const copied = files(from).filter((file) => isWebFile(relative(from, file)));
for (const file of copied) {
  const target = join(to, relative(from, file));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
}
process.stdout.write(`Copied ${copied.length} page templates and assets to dist/src/web\n`);
