export function minifyForPage(code: string): Promise<string>;
