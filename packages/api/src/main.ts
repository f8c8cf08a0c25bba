import { startServer } from './server.js';
import { loadConfig } from './config.js';

// The server as a program: `tsx packages/api/src/main.ts`, configured by environment variables.
try {
  await startServer({ config: loadConfig(process.env) });
} catch (error) {
  // Configuration and store errors say what to do; a stack trace would hide that.
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
