/** The API's OpenAPI 3.1 document and its HTML page, built from the routes' declarations (lib/http's Endpoint). */
export { openApiDocument, type OpenApiDocument } from "./openapi";
export { renderApiDocs, API_DOCS_POLICY } from "./render-html";
