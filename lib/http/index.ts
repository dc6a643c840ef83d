export { apiRoute, bearerToken, reply, type ApiInput, type ApiReply } from "./api-route";
export { declaredRoute, type Endpoint, type DeclaredRoute, type Access, type HttpMethod, type ResponseSpec, type Responses } from "./endpoint";
export { errorResponse, describeZodError, apiErrorSchema } from "./error-response";
export { ownOrigins } from "./same-origin";
export { idSchema, idParams } from "./params";
export { orNotFound } from "./found";
export { count, jsonDate, nextPageSchema, personSchema } from "./response-schemas";
export { readBody, readJson, DEFAULT_MAX_BODY_BYTES, type BodyLimit } from "./read-body";
export { serveDirectly } from "./direct-route";
