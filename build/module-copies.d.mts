import type { Plugin } from 'vite';
export function moduleCopies(): Plugin;
