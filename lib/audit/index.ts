export { audit, type AuditRecord } from "./record";
export { listAuditEntries, auditActions } from "./queries";
