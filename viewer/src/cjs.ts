// CommonJS interop: graphology's packages are CommonJS whose typings say `export default`; TypeScript (NodeNext)
// sees the namespace, the bundler hands over `module.exports`. This returns the real default either way.
export function cjsDefault<T>(module: T): T extends { default: infer D } ? D : T {
  const value = module as { default?: unknown };
  return (value && typeof value === "object" && "default" in value ? value.default : module) as T extends {
    default: infer D;
  }
    ? D
    : T;
}
