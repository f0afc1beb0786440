#!/usr/bin/env node
import { main } from '../dist/cli.mjs';

// Piped into `head` or a pager that quits early: the reader has what it wanted, so stop quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
