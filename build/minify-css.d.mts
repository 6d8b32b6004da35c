import type { Plugin } from 'vite';
export function minifyCssTemplates(code: string): string;
export function minifyCss(): Plugin;
