// Library functions that never return: they throw an HTTP error or a redirect the framework turns into a
// response. A branch that calls one ends there, as `throw` does, so what follows a test whose branch calls
// one runs only when the test failed (`if (!(await hasConsent(u))) error(403, …)`): a consent guard.
// Methods that never return whatever their package (Koa's `ctx.throw`, `process.exit`) are in the engine.

export interface ExitCallEntry {
  id: string;
  /** Packages the functions are imported from by name. */
  packages: string[];
  functions: string[];
  description: string;
}

export const EXIT_CALLS: ExitCallEntry[] = [
  {
    id: "sveltekit",
    packages: ["@sveltejs/kit"],
    functions: ["error", "redirect"],
    description: "SvelteKit's error(status, body) and redirect(status, location) throw (since Kit 2 without a `throw` written before them).",
  },
  {
    id: "next-navigation",
    packages: ["next/navigation"],
    functions: ["notFound", "redirect", "permanentRedirect", "forbidden", "unauthorized"],
    description: "Next.js App Router's notFound(), redirect(url), permanentRedirect(url), forbidden() and unauthorized() throw to end rendering or an action.",
  },
];
