// CommonJS interop: graphology's packages are CommonJS whose typings say `export default`; under NodeNext TypeScript
// sees the namespace, while Node (and tsx, vitest, Vite) may hand over `module.exports` itself. This returns the real
// default either way. A pure module: the viewer imports it too.
export function cjsDefault<T>(module: T): T extends { default: infer D } ? D : T {
  const value = module as { default?: unknown };
  return (value && typeof value === "object" && "default" in value ? value.default : module) as T extends {
    default: infer D;
  }
    ? D
    : T;
}
