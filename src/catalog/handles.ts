// Library calls that make a framework's handle (an application, a router, a render root), not data: what
// they are given (the root component, the route table with its guards) configures the framework and is
// not in the handle, so passing the handle on (`Sentry.init({ app, router })`, as Sentry's Vue guide
// has it) sends nothing personal. An unknown library call's result carries what went in; these do not.
export interface FrameworkHandleEntry {
  id: string;
  packages: string[];
  functions: string[];
  description: string;
}

export const FRAMEWORK_HANDLES: FrameworkHandleEntry[] = [
  {
    id: "vue-app",
    packages: ["vue", "@vue/runtime-dom"],
    functions: ["createApp", "createSSRApp"],
    description: "Vue 3: createApp(RootComponent) / createSSRApp(…) make the application instance.",
  },
  {
    id: "vue-router-instance",
    packages: ["vue-router"],
    functions: ["createRouter", "createWebHistory", "createWebHashHistory", "createMemoryHistory"],
    description: "Vue Router 4: createRouter({ history, routes }) and its history factories.",
  },
  {
    id: "react-dom-root",
    packages: ["react-dom/client", "react-dom"],
    functions: ["createRoot", "hydrateRoot"],
    description: "React DOM: createRoot(container) / hydrateRoot(container, element) make the render root.",
  },
  {
    id: "react-router-instance",
    packages: ["react-router-dom", "react-router"],
    functions: ["createBrowserRouter", "createHashRouter", "createMemoryRouter"],
    description: "React Router: createBrowserRouter(routes) and its siblings make the data router.",
  },
  {
    id: "pinia-instance",
    packages: ["pinia"],
    functions: ["createPinia"],
    description: "Pinia: createPinia() makes the store registry the app installs.",
  },
];
