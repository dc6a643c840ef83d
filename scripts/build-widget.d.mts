export function buildWidget(root?: string): Promise<{ raw: number; gzipped: number; changed: boolean }>;
