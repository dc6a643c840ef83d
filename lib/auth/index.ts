export { authOptions } from "./options";
export { getCurrentUser, userOfSession, requireRole, type CurrentUser } from "./session";
export { revokeSessions } from "./revoke";
export { AccessError } from "@/lib/errors";
export { hasRole, isRole, ROLES } from "./roles";
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from "./passwords";
export { safeCallbackPath } from "./callback-path";
