import { createRequire } from "node:module";
import path from "node:path";

/**
 * The folder of an installed data package (the dictionaries, the frequency list), read as files: the dictionaries
 * ship as ESM with top-level await, which CommonJS callers cannot import, and a bundler must not inline megabytes.
 */
export function packageDirectory(packageName: string): string {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(packageName));
  } catch {
    return path.join(process.cwd(), "node_modules", packageName);
  }
}
