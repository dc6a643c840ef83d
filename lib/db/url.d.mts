export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseUrl(env?: NodeJS.ProcessEnv): string;
export function databaseProvider(url: string): DatabaseProvider;
export function sqliteFilePath(url: string): string;
