import type { DatabaseProvider } from "../lib/db/url.mjs";

export const BOOTSTRAP_VERSION: number;

export interface DemoAccounts {
  password: string;
  accounts: { email: string; role: string; name: string }[];
}
export function demoAccounts(root?: string): DemoAccounts;

export interface BootstrapMarker {
  version: number;
  migration: string;
  demo: boolean;
}
export function bootstrapMarker(provider: DatabaseProvider, demo: boolean, root?: string): BootstrapMarker;

export interface DatabaseState {
  migrationsCurrent: boolean;
  pending: string[];
  bootstrapped: boolean;
  demoAccounts: boolean;
}
export function checkDatabase(url: string, options: { demo: boolean; root?: string }): Promise<DatabaseState>;
