import { API_DOCS_POLICY, openApiDocument, renderApiDocs } from "@/lib/api-docs";
import { declaredRoute } from "@/lib/http";
import { apiEndpoints, DOCUMENTATION_ENDPOINTS } from "../registry";

export const GET = declaredRoute(DOCUMENTATION_ENDPOINTS.docsPage, async () =>
  new Response(renderApiDocs(openApiDocument(apiEndpoints())), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": API_DOCS_POLICY, "Cache-Control": "no-cache" },
  }),
);
