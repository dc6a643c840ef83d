export { apiRoute, bearerToken, type ApiInput } from "./api-route";
export { declaredRoute, type Endpoint, type DeclaredRoute, type Access, type HttpMethod } from "./endpoint";
export { errorResponse, describeZodError, apiErrorSchema } from "./error-response";
export { ownOrigins } from "./same-origin";
export { idSchema, idParams } from "./params";
export { jsonOr404 } from "./found";
export { readBody, readJson, DEFAULT_MAX_BODY_BYTES, type BodyLimit } from "./read-body";
