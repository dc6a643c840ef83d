export { errorResponse, describeZodError } from "./handle";
export { readBody, readJson, DEFAULT_MAX_BODY_BYTES, type BodyLimit } from "./read-body";
