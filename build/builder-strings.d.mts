import type { Plugin } from 'vite';
export const LIST: string;
export function builderOnlyIds(): Promise<string[]>;
export function withoutIds(code: string, ids: readonly string[]): string;
export function withoutBuilderStrings(): Plugin;
