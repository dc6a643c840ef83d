export { audit, type AuditRecord } from "./record";
