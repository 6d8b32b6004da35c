// Types for build/receiver.mjs (imported by vite.config.ts, which is type-checked).
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A connect-style handler; the promise settles true when it served the request, false when it called next(). */
export interface ReceiverHandler {
  (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): Promise<boolean>;
  /** Stored records, oldest first. */
  records(): ReceiverRecord[];
  /** The durable receiver's file (absolute). */
  file?: string;
  /** Closes the durable receiver's file. */
  close?: () => void;
}

export interface ReceiverRecord {
  receivedAt: string;
  contentType: string | null;
  idempotencyKey: string | null;
  envelope: Record<string, unknown> & { id: string };
  /** Test receiver only. */
  rawBody?: string;
}

export const MAX_BODY_BYTES: number;
export function createReceiver(options: { file: string }): ReceiverHandler;
export function createTestReceiver(): ReceiverHandler;
export function koaMiddleware(handler: ReceiverHandler): (ctx: any, next: () => Promise<unknown>) => Promise<unknown>;
export function parseEnvelope(
  body: string,
  contentType: string | null,
  idempotencyKey: string | null,
): { envelope: ReceiverRecord['envelope']; status?: undefined; error?: undefined } | { envelope?: undefined; status: number; error: string };
export function unflatten(params: URLSearchParams): Record<string, unknown>;
export function escapeHtml(value: unknown): string;
/** Reads a request body up to `limit` bytes (beyond that `tooLarge`, and the bytes are dropped). */
export function readBody(req: IncomingMessage, limit: number): Promise<{ aborted?: true; tooLarge?: boolean; buf: Buffer }>;
