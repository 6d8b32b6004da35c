import type { Plugin } from 'vite';
export function minifyHtmlTemplates(code: string): string;
export function minifyHtml(): Plugin;
export function minifyTemplatesEsbuild(): { name: string; setup(build: unknown): void };
