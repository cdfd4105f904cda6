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

// Form models: a form built from a config object whose keys name its controls
// (`fb.group({ xingming: [''] })`, `new FormGroup({ phone: new FormControl('') })`).
// The controls are filled where the analysis cannot see (the template, user
// input), so the form's value is an object with those keys, each what its name
// says; it is read whole (`form.value`), through a method (`getRawValue()`) or
// from an observable that emits it on every change (`valueChanges`).
export interface FormModelEntry {
  id: string;
  packages: string[];
  /** Methods of a builder that return a form from a config object (first argument). */
  factories: string[];
  /** Classes constructed with a config object (first argument). */
  classes: string[];
  /** Properties holding the form's current value. */
  values: string[];
  /** Methods returning the form's value. */
  valueMethods: string[];
  /** Properties holding an observable of the value, emitted to subscribers. */
  changes: string[];
  description: string;
}

export const FORM_MODELS: FormModelEntry[] = [
  {
    id: "angular-reactive-forms",
    packages: ["@angular/forms"],
    factories: ["group", "record"],
    classes: ["FormGroup", "UntypedFormGroup", "FormRecord"],
    values: ["value"],
    valueMethods: ["getRawValue"],
    changes: ["valueChanges"],
    description: "Angular reactive forms: FormBuilder.group / nonNullable.group / record and new FormGroup({...}); value, getRawValue() and valueChanges carry the controls.",
  },
];
