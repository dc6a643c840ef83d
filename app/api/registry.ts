import { z } from "zod";
import type { DeclaredRoute, Endpoint } from "@/lib/http";
import * as articleExport from "./articles/[id]/export/route";
import * as articleFlags from "./articles/[id]/flags/route";
import * as articleRevision from "./articles/[id]/revisions/[number]/route";
import * as articleRevisions from "./articles/[id]/revisions/route";
import * as article from "./articles/[id]/route";
import * as articles from "./articles/route";
import * as correction from "./corrections/[id]/route";
import * as corrections from "./corrections/route";
import * as exportFiles from "./exports/[file]/route";
import * as health from "./health/route";
import * as job from "./jobs/[id]/route";
import * as jobs from "./jobs/route";
import * as report from "./reports/[id]/route";
import * as reportOriginal from "./reports/original/route";
import * as reports from "./reports/route";

/**
 * Every documented API route module. A new route declares itself with apiRoute (or declaredRoute) in its
 * route.ts and is added here, one line; lib/api-docs/routes-match.test.ts fails until both are done.
 */
const ROUTE_MODULES: Record<string, unknown>[] = [
  articles,
  article,
  articleFlags,
  articleRevisions,
  articleRevision,
  articleExport,
  corrections,
  correction,
  reports,
  report,
  reportOriginal,
  exportFiles,
  jobs,
  job,
  health,
];

/** The two routes that serve the documentation declare themselves here: they import this module. */
export const DOCUMENTATION_ENDPOINTS = {
  openApi: {
    method: "GET",
    path: "/api/openapi.json",
    tag: "Documentation",
    summary: "This OpenAPI 3.1 document",
    access: "public",
    responses: {
      200: {
        description: "The document, built from the routes' own declarations.",
        schema: z.looseObject({ openapi: z.literal("3.1.0"), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) }),
      },
    },
  },
  docsPage: {
    method: "GET",
    path: "/api/docs",
    tag: "Documentation",
    summary: "The API's documentation as a web page",
    access: "public",
    responses: { 200: { description: "HTML, no scripts.", contentType: "text/html" } },
  },
} satisfies Record<string, Endpoint>;

const isDeclared = (value: unknown): value is DeclaredRoute => typeof value === "function" && "endpoint" in value;

/** Every endpoint the API has, from the route modules' declarations. */
export function apiEndpoints(): Endpoint[] {
  const declared = ROUTE_MODULES.flatMap((exports) => Object.values(exports).filter(isDeclared).map((route) => route.endpoint));
  return [...declared, ...Object.values(DOCUMENTATION_ENDPOINTS)];
}
