import { defineConfig } from 'tsup';

export default defineConfig((options) => ({ entry: ['src/index.ts', 'src/analysis-worker.ts'], format: ['esm'], dts: true, clean: !options.watch }));
