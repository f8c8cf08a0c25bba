import { defineConfig } from 'tsup';

export default defineConfig((options) => ({ entry: ['src/index.ts', 'src/bin.ts'], format: ['esm'], dts: true, clean: !options.watch }));
