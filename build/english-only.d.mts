import type { Plugin } from 'vite';
export function englishOnly<T>(value: T): T;
export function englishOnlyLists(): Plugin;
export function dataExpression(value: unknown): string;
