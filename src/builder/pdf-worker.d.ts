/** pdf.js's worker module (pdfjs-dist ships no types for it): the builder hands it to pdf.js as `globalThis.pdfjsWorker`. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
