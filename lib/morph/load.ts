import fs from "node:fs";
import path from "node:path";
import Az from "az";

/**
 * az reads its dictionaries with async fs callbacks, but checks run synchronously. We queue az's file reads
 * during `Morph.init` and serve them from readFileSync afterwards: the whole init then finishes before we return.
 * (Answering the reads immediately would break az, which counts pending loads and finalises at zero.)
 */
function initSynchronously(dictionaryDir: string): void {
  const queued: Array<() => void> = [];
  const asyncLoad = Az.load;
  Az.load = (url, responseType, callback) => {
    queued.push(() => {
      const bytes = fs.readFileSync(url);
      if (responseType === "json") callback(null, JSON.parse(bytes.toString("utf8")));
      else callback(null, bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    });
  };
  let failure: Error | null = null;
  let ready = false;
  try {
    Az.Morph.init(dictionaryDir, (error) => {
      failure = error;
      ready = !error;
    });
    while (queued.length > 0) queued.shift()!();
  } finally {
    Az.load = asyncLoad;
  }
  if (!ready) throw failure ?? new Error(`az dictionaries did not load from ${dictionaryDir}`);
}

function dictionaryDir(): string {
  return process.env.ERRATA_AZ_DICTS ?? path.join(process.cwd(), "node_modules", "az", "dicts");
}

let loaded = false;

/** Loads az's OpenCorpora dictionaries once per process (about 0.1 s, +50 MB), on first use. */
export function morphology(): typeof Az.Morph {
  if (!loaded) {
    initSynchronously(dictionaryDir());
    loaded = true;
  }
  return Az.Morph;
}
