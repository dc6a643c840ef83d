import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: ["lib/db/generated/**", ".next/**", "public/widget.js", "test-results/**", "bench/out/**", "data/**", "next-env.d.ts"] },
];

export default config;
