/** Whether a job may still change (queued or running): pages poll its progress until it is not. No imports: client components use it. */
export const isActive = (status: string) => status === "QUEUED" || status === "RUNNING";
