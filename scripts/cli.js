#!/usr/bin/env node
// `npm run cli -- <command> [args]`: builds dist/ when a source changed since the last build, then runs the
// compiled CLI in this process (no ts-node: `help` answers in a fraction of a second).
'use strict';
const { ensureBuilt } = require('./build-if-stale');

if (!ensureBuilt()) {
  process.stderr.write('cli: the build failed (see the TypeScript errors above)\n');
  process.exit(3);
}
require('../dist/src/cli/main.js');
