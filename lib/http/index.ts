export { errorResponse, describeZodError, readJson } from "./handle";
