export { importArticle, DuplicateArticleError, type ImportedArticle } from "./import-article";
export { importInputSchema, MAX_SIDE_BYTES, type ImportInput } from "./input";
export { decodeUtf8 } from "./decode";
