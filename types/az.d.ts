// Minimal typings for az 0.2.3 (Az.js, a pymorphy2 port), covering what lib/morph uses.
declare module "az" {
  namespace Az {
    interface AzTag {
      POS?: string;
      CAse?: string;
      GNdr?: string;
      NMbr?: string;
      toString(): string;
    }
    interface AzParse {
      word: string;
      tag: AzTag;
      score: number;
      parser: string;
      normalize(keepPOS?: boolean): AzParse;
      inflect(grammemes: string[]): AzParse | false;
    }
    type AzLoader = (
      url: string,
      responseType: "json" | "arraybuffer",
      callback: (error: Error | null, data?: unknown) => void,
    ) => void;
    interface AzMorph {
      (word: string, config?: Record<string, unknown>): AzParse[];
      init(path: string, callback: (error: Error | null) => void): void;
    }
  }
  const Az: { load: Az.AzLoader; Morph: Az.AzMorph };
  export = Az;
}
