import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    // build/handler.js is mounted by the API server for everything outside /api; scripts/build.ts
    // builds into a new folder of builds/ and then points the build link at it.
    adapter: adapter({ out: process.env.ACCORD_BUILD_OUT || 'build' }),
    paths: { base: '', relative: false },
    typescript: {
      // svelte-check also type-checks the Node scripts beside the app.
      config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] }),
    },
  },
};
