#!/usr/bin/env node
// The shipshape command, as `npx shipshape` finds it after `npm ci`: runs
// the bundled CLI (dist/cli/index.js, built by `npm run build`).
import '../../../dist/cli/index.js';
