// graphology's layout and metric packages are CommonJS with an `export default` in their typings: under NodeNext
// TypeScript sees a namespace, while Node (and tsx, vitest) hand over the function itself. This unwraps either.

export function cjsDefault<T>(module: { default: T }): T {
  return ((module as { default?: T }).default ?? module) as T;
}
