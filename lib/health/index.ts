export { checkHealth, type Health, type HealthOptions } from "./check";
