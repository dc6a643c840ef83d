import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/api-docs";
import { declaredRoute, ownOrigins } from "@/lib/http";
import { apiEndpoints, DOCUMENTATION_ENDPOINTS } from "../registry";

export const GET = declaredRoute(DOCUMENTATION_ENDPOINTS.openApi, async (request: Request) =>
  NextResponse.json(openApiDocument(apiEndpoints(), ownOrigins(request).at(-1)), { headers: { "Cache-Control": "no-cache" } }),
);
