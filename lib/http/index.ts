export { apiRoute, errorResponse, describeZodError, readJson } from "./handle";
export { ownOrigins } from "./same-origin";
