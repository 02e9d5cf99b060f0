// JSON modules (the manifest, fixtures): tsconfig has no resolveJsonModule, Vite reads them.
declare module '*.json' {
  const value: unknown;
  export default value;
}
