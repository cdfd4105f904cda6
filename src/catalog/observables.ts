// Observable pipelines (RxJS and the libraries built on its operators): what
// a stream emits goes through each operator of `pipe(…)` in turn, so a value
// a `map` makes is what the next `switchMap`'s callback is given (an Angular
// service building a payload and posting it), and what `subscribe` receives.
export interface ObservableEntry {
  id: string;
  packages: string[];
  /** Functions that make a stream of their arguments (`of(a, b)`). */
  ofArgs: string[];
  /** Functions that make a stream of what their argument holds: an array's elements, a promise's value (`from(p)`). */
  ofContents: string[];
  /** Functions that give back what a stream emits (`await firstValueFrom(obs)`). */
  readers: string[];
  /** Operators whose callback's result (or, for an inner stream, what it emits) is emitted next. */
  mappers: string[];
  /** Operators whose callback sees each value, which then passes on unchanged. */
  observers: string[];
  /** Operators that pass each value on; their callbacks, if any, see something else (an error, a count). */
  passThrough: string[];
  /**
   * Operators that emit each value paired with the latest of what their argument streams emit
   * (`withLatestFrom(visit$)` gives `[value, visit]`).
   */
  pairers: string[];
  description: string;
}

/**
 * Reactions of observable state: an effect given what a data function returns (MobX's
 * `reaction(() => this.symptomDesc, (text) => sessionStorage.setItem(k, text))`).
 */
export interface ReactionEntry {
  id: string;
  packages: string[];
  /** Functions taking (data function, effect): the effect receives the data function's result. */
  functions: string[];
  description: string;
}

export const REACTIONS: ReactionEntry[] = [
  {
    id: "mobx-reaction",
    packages: ["mobx"],
    functions: ["reaction"],
    description: "MobX reaction(() => data, (value, previous) => effect): the effect is given what the data function returns, each time it changes.",
  },
];

export const OBSERVABLES: ObservableEntry[] = [
  {
    id: "rxjs",
    packages: ["rxjs", "rxjs/operators"],
    ofArgs: ["of"],
    ofContents: ["from", "defer"],
    readers: ["firstValueFrom", "lastValueFrom"],
    mappers: ["map", "switchMap", "mergeMap", "concatMap", "exhaustMap", "flatMap"],
    observers: ["tap", "filter", "takeWhile", "skipWhile", "first", "last", "find"],
    passThrough: ["take", "skip", "debounceTime", "throttleTime", "delay", "distinctUntilChanged", "catchError", "retry", "finalize", "shareReplay", "share", "timeout", "takeUntil", "startWith"],
    pairers: ["withLatestFrom", "combineLatestWith", "zipWith"],
    description: "RxJS: of(…) / from(array | promise) make streams, obs.pipe(map(fn), switchMap(fn), tap(fn), filter(fn), withLatestFrom(other$), …) hands each value through the operators, subscribe(fn) and firstValueFrom(obs) receive the result.",
  },
  {
    id: "ngrx-tap-response",
    packages: ["@ngrx/operators", "@ngrx/component-store"],
    ofArgs: [],
    ofContents: [],
    readers: [],
    mappers: [],
    observers: ["tapResponse"],
    passThrough: [],
    pairers: [],
    description: "NgRx's tapResponse(next, error) / tapResponse({ next, error, finalize }): an RxJS operator whose next callback sees each value, which passes on.",
  },
  {
    id: "rxjs-of-type",
    packages: ["@nestjs/cqrs", "@ngrx/effects"],
    ofArgs: [],
    ofContents: [],
    readers: [],
    mappers: [],
    observers: [],
    passThrough: ["ofType"],
    pairers: [],
    description: "ofType(…) of NestJS CQRS sagas and NgRx effects: an RxJS operator that lets the events or actions of the given types through.",
  },
];
