export { authOptions } from "./options";
export { getCurrentUser, requireRole, requireApiRole, AccessError, type CurrentUser } from "./session";
export { hasRole, isRole, ROLES } from "./roles";
export { hashPassword, verifyPassword, MIN_PASSWORD_LENGTH } from "./passwords";
