import type { Plugin } from 'vite';
export const COPY: string;
export function checkOwnDefaults(): Plugin;
