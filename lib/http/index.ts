export { apiRoute, errorResponse, describeZodError } from "./handle";
export { ownOrigins } from "./same-origin";
export { readBody, readJson, DEFAULT_MAX_BODY_BYTES, type BodyLimit } from "./read-body";
