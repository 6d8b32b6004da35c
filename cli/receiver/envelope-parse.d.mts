// Types for envelope-parse.mjs (shared with build/receiver.mjs, which runs as plain Node).
import type { IncomingMessage } from 'node:http';

export type ParsedEnvelope = Record<string, unknown> & { id: string };
export const MAX_BODY_BYTES: number;
export function readBody(req: IncomingMessage, limit: number): Promise<{ aborted: true; tooLarge?: undefined; buf?: undefined } | { aborted?: undefined; tooLarge: boolean; buf: Buffer }>;
export function headerValue(v: string | string[] | undefined): string | null;
export function parseEnvelope(
  body: string,
  contentType: string | null,
  idempotencyKey: string | null,
): { envelope: ParsedEnvelope; status?: undefined; error?: undefined } | { envelope?: undefined; status: number; error: string };
export function unflatten(params: URLSearchParams): Record<string, unknown>;
export function checkEnvelope(env: Record<string, unknown>): string | null;
