import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { serverBuildOptions } from "./build.mjs";

describe("the compiled server (scripts/server.ts → .next/errata/server.mjs)", () => {
  it("bundles only the app's small files it needs: no Prisma client beside the one in Next's bundle", async () => {
    const result = await build({ ...serverBuildOptions(), write: false, metafile: true });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain("scripts/server.ts");
    // The server reaches the app's database client, outbox and logger through globalThis (lib/db/process-client.ts):
    // importing lib/db itself would load a second copy of both generated clients into the server process.
    expect(inputs.filter((file) => file.startsWith("lib/db/generated/") || file === "lib/db/client.ts")).toEqual([]);
    expect(inputs.every((file) => !file.startsWith("node_modules/"))).toBe(true);
  });
});
