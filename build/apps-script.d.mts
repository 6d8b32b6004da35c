// Types for build/apps-script.mjs, written against @types/google-apps-script: each fake offers
// the part of the real service that receivers/apps-script/Code.gs uses.
/// <reference types="google-apps-script" />
import type { IncomingMessage, ServerResponse } from 'node:http';

type Sheets = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export interface FakeSpreadsheetApp {
  getActiveSpreadsheet(): Pick<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getId' | 'getName' | 'getUrl' | 'getSheetByName' | 'insertSheet'>;
  openById(id: Parameters<Sheets['openById']>[0]): ReturnType<FakeSpreadsheetApp['getActiveSpreadsheet']>;
  flush: Sheets['flush'];
}
export type FakeLockService = { getScriptLock(): Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> };
export type FakeMailApp = Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
export type FakeTextOutput = Pick<GoogleAppsScript.Content.TextOutput, 'getContent' | 'getMimeType' | 'setMimeType' | 'setContent'>;
export interface FakeContentService {
  MimeType: typeof GoogleAppsScript.Content.MimeType;
  createTextOutput(content?: string): FakeTextOutput;
}
export type FakePropertiesService = { getScriptProperties(): Pick<GoogleAppsScript.Properties.Properties, 'getProperty' | 'setProperty' | 'deleteProperty' | 'getProperties'> };

export type Service = 'SpreadsheetApp' | 'LockService' | 'MailApp' | 'ContentService';
/** What Sheets shows in a cell: text, a number, or a formula that would run. */
export type Cell = string | number | { formula: string };

export interface Fakes {
  SpreadsheetApp: FakeSpreadsheetApp;
  LockService: FakeLockService;
  MailApp: FakeMailApp;
  ContentService: FakeContentService;
  PropertiesService: FakePropertiesService;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error'>;
  state: {
    mails: { to: string; subject: string; body: string }[];
    properties: Map<string, string>;
    failures: Map<Service, number>;
    locks: { acquired: number; released: number; held: boolean };
    errors: string[];
  };
  fail(service: Service, times?: number): void;
  tabs(): Record<string, Cell[][]>;
  reset(): void;
}

/** The web app event a doPost gets. */
export type WebAppEvent = Pick<GoogleAppsScript.Events.DoPost, 'queryString' | 'parameter' | 'parameters' | 'contextPath' | 'contentLength'> & {
  pathInfo: string;
  postData?: Pick<GoogleAppsScript.Events.DoPost['postData'], 'contents' | 'length' | 'type' | 'name'>;
};

/** Code.gs's top-level functions. */
export interface CodeGs {
  doPost(e: WebAppEvent): FakeTextOutput;
  doGet(e?: WebAppEvent): FakeTextOutput;
  setup(): void;
  unflatten_(fields: [string, string][]): Record<string, unknown>;
  formFields_(body: string): [string, string][];
}

export const CODE_GS: string;
export function createFakes(): Fakes;
export function loadCodeGs(fakes: Fakes, file?: string): CodeGs;
export function webAppEvent(body: string, contentType: string | null, query?: string): WebAppEvent;

export interface AppsScriptServer {
  (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): Promise<boolean>;
  fakes: Fakes;
}
export function createAppsScriptServer(options?: { base?: string; file?: string }): AppsScriptServer;
