// The parts of tmexchange (2.x, untyped: locize's TMX 1.4b converter over xml2js) that lib/formats uses.
declare module "tmexchange" {
  /** resources[group][tuid][language] = segment text. */
  export interface TmxDocument {
    sourceLanguage: string;
    creationTool?: string;
    creationToolVersion?: string;
    administrationLanguage?: string;
    oTMF?: string;
    resources: Record<string, Record<string, Record<string, string>>>;
  }
  export function js2tmx(document: TmxDocument): Promise<string>;
  export function tmx2js(xml: string): Promise<TmxDocument>;
  const tmx: { js2tmx: typeof js2tmx; tmx2js: typeof tmx2js };
  export default tmx;
}
