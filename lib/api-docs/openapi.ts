import { z } from "zod";
import { API_SCOPES } from "@/lib/api-tokens";
import { apiErrorSchema, type Endpoint, type ResponseSpec } from "@/lib/http";

type JsonSchema = Record<string, unknown>;

/** Schemas with an id (`.meta({ id })`) go to components.schemas once and are referred to from everywhere else. */
class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  /** The JSON Schema (2020-12, OpenAPI 3.1's dialect) of what a client sends or receives. */
  convert(schema: z.ZodType, io: "input" | "output"): JsonSchema {
    const json = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
    // $schema is the document's dialect already (OpenAPI 3.1 = JSON Schema 2020-12).
    delete json.$schema;
    const { $defs, id, ...rest } = json;
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) this.components[name] = this.rewriteRefs(definition);
    if (typeof id === "string") {
      this.components[id] = this.rewriteRefs(rest);
      return { $ref: `#/components/schemas/${id}` };
    }
    return this.rewriteRefs(rest);
  }

  private rewriteRefs(schema: JsonSchema): JsonSchema {
    return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/'));
  }
}

/** Path or query parameters from an object schema: one parameter per property. */
function parameters(collector: SchemaCollector, schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const json = collector.convert(schema, "input");
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries((json.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: location,
      // A query field with a default (or a fallback) may be left out whatever the schema's `required` says.
      required: location === "path" || (required.has(name) && !("default" in property)),
      ...(typeof description === "string" ? { description } : {}),
      schema: propertySchema,
    };
  });
}

function security(endpoint: Endpoint) {
  if (endpoint.access === "public") return [];
  return [{ bearerToken: [endpoint.access.scope] }, { sessionCookie: [] }];
}

function accessNote(endpoint: Endpoint): string {
  if (endpoint.access === "public") return "Public: no credentials.";
  return `Needs the ${endpoint.access.role} role or above; a token also needs the “${endpoint.access.scope}” scope.`;
}

/** The JSON body; with an alternative body, either one (the description says which query parameter picks it). */
function requestBody(collector: SchemaCollector, endpoint: Endpoint) {
  if (!endpoint.body) return {};
  const usual = collector.convert(endpoint.body, "input");
  const other = endpoint.alternativeBody;
  const schema = other?.body ? { oneOf: [usual, collector.convert(other.body, "input")] } : usual;
  const description = other?.body ? `The second form when ${other.when.param}=${other.when.equals}.` : undefined;
  return { requestBody: { required: true, ...(description ? { description } : {}), content: { "application/json": { schema } } } };
}

const ERROR_REF = { $ref: "#/components/schemas/Error" };

/**
 * A response's body: its schema (the JSON sent); a download's, the text of its media type; an error's, the shared
 * Error, or either when it names a schema of its own (a 409 that is a conflict report or an error).
 */
function responseSchema(collector: SchemaCollector, status: number, response: ResponseSpec) {
  const own = response.schema ? collector.convert(response.schema, "output") : null;
  if (status >= 400) return own ? { anyOf: [own, ERROR_REF] } : ERROR_REF;
  return own ?? (response.contentType ? { type: "string" } : null);
}

function operation(collector: SchemaCollector, endpoint: Endpoint) {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(endpoint.responses)) {
    const contentTypes = [response.contentType ?? "application/json"].flat();
    const schema = responseSchema(collector, Number(status), response);
    responses[status] = {
      description: response.description,
      ...(schema ? { content: Object.fromEntries(contentTypes.map((type) => [type, { schema }])) } : {}),
    };
  }
  responses.default = { description: "An error: {code, message}. 400 invalid input, 401 no or bad credentials, 403 role or scope, 404, 409, 413, 415, 429 (Retry-After).", content: { "application/json": { schema: ERROR_REF } } };
  return {
    operationId: `${endpoint.method.toLowerCase()}${endpoint.path.replace(/\{(\w+)\}/g, "By-$1").split(/[/.-]/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("")}`,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: [endpoint.description, accessNote(endpoint)].filter(Boolean).join("\n\n"),
    "x-errata-access": endpoint.access,
    security: security(endpoint),
    parameters: [...parameters(collector, endpoint.params, "path"), ...parameters(collector, endpoint.query, "query")],
    ...requestBody(collector, endpoint),
    responses,
  };
}

/**
 * The OpenAPI 3.1 document of the API, built from the routes' own declarations (the schemas their handlers
 * validate with), so it cannot say something the routes do not do.
 */
export function openApiDocument(endpoints: readonly Endpoint[], serverUrl?: string) {
  const collector = new SchemaCollector();
  collector.convert(apiErrorSchema, "output");
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of [...endpoints].sort((a, b) => a.path.localeCompare(b.path))) {
    paths[endpoint.path] ??= {};
    paths[endpoint.path][endpoint.method.toLowerCase()] = operation(collector, endpoint);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Errata API",
      version: "1",
      description:
        "Articles (original and machine translation), their revisions, flags, reader reports and corrections. Authenticate with a personal API token (Authorization: Bearer errata_…), made on /account/tokens; a token acts with its owner's role and only within its scopes.",
    },
    ...(serverUrl ? { servers: [{ url: serverUrl }] } : {}),
    tags: [...new Set(endpoints.map((endpoint) => endpoint.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: collector.components,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: `A personal API token (errata_…). Scopes: ${API_SCOPES.join(", ")}.` },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "A signed-in browser session (Errata's own pages); state-changing requests must come from Errata's origin." },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
