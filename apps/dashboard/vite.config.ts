import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

// `pnpm dev` talks to a running API (`ACCORD_API`, default the API's own default port).
const api = process.env.ACCORD_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [sveltekit()],
  server: { proxy: { '/api': { target: api, changeOrigin: true } } },
});
