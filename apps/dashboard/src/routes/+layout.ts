import { meta } from '$lib/meta.svelte';
import type { LayoutLoad } from './$types';

// Client-rendered: every chart is a canvas, and the data comes from the API over HTTP, so
// server rendering would only add a loopback request; it also lets any Node server mount the
// handler without ORIGIN settings.
export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = ({ fetch }) => {
  void meta.load(fetch);
  return {};
};
