import type { Plugin } from 'vite';
export const MIN_BYTES: number;
export function preloadChunks(entry?: string, minBytes?: number): Plugin;
