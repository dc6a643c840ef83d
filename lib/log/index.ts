export { createLogger, getLogger, logError } from "./logger";
export { withRequestId, currentRequestId } from "./request-context";
export { requestIdFrom, REQUEST_ID_HEADER } from "./request-id";
export { logRequest, loggedPath, type ServedRequest } from "./request-line";
