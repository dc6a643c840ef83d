export function sourceStamp(root?: string): string;
export function serverFile(root?: string): string;
import type { BuildOptions } from "esbuild";

export function serverBuildOptions(root?: string): BuildOptions;
export function isBuilt(root?: string): boolean;
export function build(env?: NodeJS.ProcessEnv, root?: string): Promise<void>;
export function buildIfNeeded(env?: NodeJS.ProcessEnv, root?: string): boolean;
