// The emulator's route table: method + path pattern (as in the OpenAPI documents) → handler.
// Static paths are looked up in a map; patterned ones are tried in order after them.

export interface RouteMatch<R> {
  readonly route: R;
  readonly params: Readonly<Record<string, string>>;
}

interface Compiled<R> {
  readonly route: R;
  readonly method: string;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

export class Router<R extends { readonly method: string; readonly path: string }> {
  private readonly exact = new Map<string, R>();
  private readonly patterned: Compiled<R>[] = [];

  constructor(routes: readonly R[]) {
    for (const route of routes) {
      if (!route.path.includes('{')) {
        this.exact.set(`${route.method} ${route.path}`, route);
        continue;
      }
      const names: string[] = [];
      const source = route.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const m = /^\{([^}]+)\}$/.exec(part);
          if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(m[1] as string);
          return '([^/]+)';
        })
        .join('');
      this.patterned.push({ route, method: route.method, regex: new RegExp(`^${source}$`), names });
    }
  }

  match(method: string, path: string): RouteMatch<R> | undefined {
    const exact = this.exact.get(`${method} ${path}`);
    if (exact) return { route: exact, params: {} };
    for (const c of this.patterned) {
      if (c.method !== method) continue;
      const m = c.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      c.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] as string);
      });
      return { route: c.route, params };
    }
    return undefined;
  }

  /** Whether some route has this path with another method (LINE then still answers 404). */
  knowsPath(path: string): boolean {
    for (const key of this.exact.keys()) if (key.endsWith(` ${path}`)) return true;
    return this.patterned.some((c) => c.regex.test(path));
  }
}
