import type { Middleware } from 'koa';

/** Koa middleware serving /__embed/: a school's folder with embed.html in it (see the .mjs). */
export function embedFolder(): Middleware;

/** The test runner plugin answering `executeServerCommand('frame-eval', { url, expression })`. */
export function frameEvalPlugin(): { name: string; executeCommand: (args: { command: string; payload: { url: string; expression: string }; session: unknown }) => Promise<unknown> };
