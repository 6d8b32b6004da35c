export const OUT: string;
export function generateFastChecks(): Promise<string>;
export function fastChecksSource(schema: { BundleSchema: unknown; PolicyVersion: unknown; fieldNames?: unknown; rules: unknown; values?: unknown; z: unknown }): string;
