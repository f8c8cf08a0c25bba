// The types of build/handler.js, which adapter-node writes without declarations.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Serves the dashboard: its static assets, else the app shell (a 404 shell for unknown paths); it answers every request itself. */
export declare function handler(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
