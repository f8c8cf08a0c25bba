#!/usr/bin/env node
import { runCli } from './main.js';

// A closed pipe (accord analyze ... | head) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

process.exitCode = await runCli(process.argv.slice(2));
