// UI state hooks: a component's state is declared with its initial value (or a
// function giving it) and an optional type argument, then filled where the
// analysis cannot see (user input, a setter called from the template). The
// engine gives the state variable both, so a form typed `useState<Address>`
// or started from a typed placeholder carries that type's PI.
export interface StateHookEntry {
  id: string;
  packages: string[];
  /** Function names that return `[state, setState]`. */
  pairs: string[];
  description: string;
}

export const STATE_HOOKS: StateHookEntry[] = [
  {
    id: "react-use-state",
    packages: ["react", "preact/hooks", "preact/compat", "@tarojs/taro"],
    pairs: ["useState"],
    description: "React's useState<T>(initial | () => initial) (also as re-exported by Preact and Taro): the state is the initial value and a T.",
  },
];
