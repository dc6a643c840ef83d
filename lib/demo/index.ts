export { loadDemoOnce, readDemoManifest, DEMO_ACCOUNTS, DEMO_PASSWORD } from "./load-demo";
