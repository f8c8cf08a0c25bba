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
    // The page's one inline script (the app's start) goes by its hash; nothing else inline runs.
    // Chart.js and Svelte set styles through the DOM, which style-src does not govern; the shell's
    // own style attribute needs 'unsafe-inline' for attributes only.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self'],
        'style-src-attr': ['unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
    typescript: {
      // svelte-check also type-checks the Node scripts beside the app.
      config: (config) => ({ ...config, include: [...config.include, '../scripts/**/*.ts'] }),
    },
  },
};
