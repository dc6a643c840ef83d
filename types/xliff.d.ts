// The parts of xliff (6.x, untyped: locize's XLIFF 1.2/2.0 converter over xml-js) that lib/formats uses.
declare module "xliff" {
  /** A segment's content: plain text, or text mixed with inline elements ({ Span: { id, contents } }, …). */
  export type XliffValue = string | XliffValue[] | { [elementType: string]: unknown };
  export interface XliffUnit {
    source?: XliffValue;
    target?: XliffValue;
    note?: XliffValue | XliffValue[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffGroup {
    groupUnits: XliffUnits;
    additionalAttributes?: Record<string, string>;
  }
  export type XliffUnits = Record<string, XliffUnit | XliffGroup>;
  export interface XliffDocument {
    sourceLanguage?: string;
    targetLanguage?: string;
    resources: Record<string, XliffUnits>;
  }
  interface WriteOptions {
    indent?: string;
  }
  export function js2xliff(document: XliffDocument, options?: WriteOptions): Promise<string>;
  export function jsToXliff12(document: XliffDocument, options?: WriteOptions): Promise<string>;
  export function xliff2js(xml: string, options?: Record<string, unknown>): Promise<XliffDocument>;
  export function xliff12ToJs(xml: string, options?: Record<string, unknown>): Promise<XliffDocument>;
}
