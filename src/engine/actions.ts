// Values of action creators and their actions (see catalog/actions.ts). A creator is a value whose ACTION
// field holds the action it creates: `thunk.fulfilled` of a profile fetch holds `{ type, payload: profile,
// meta: { arg } }`. Matchers join the actions of the creators they are given.
import type { ActionMatcherEntry, ThunkCreatorEntry } from "../catalog/actions.js";
import { CLEAN, EMPTY, join, type Val } from "./values.js";

const ACTION = "%action";

/** The action `payload` and `arg` make: what a reducer or listener is handed. */
export function actionValue(payload: Val, arg: Val): Val {
  const meta: Val = { fields: new Map([["arg", arg], ["requestId", CLEAN], ["requestStatus", CLEAN]]), closed: true };
  return { fields: new Map([["type", CLEAN], ["payload", payload], ["meta", meta], ["error", EMPTY]]), closed: true };
}

/** A creator of `action`, with the value it is otherwise (`rest`). */
export function creatorValue(action: Val, rest: Val = EMPTY): Val {
  const fields = new Map(rest.fields ?? []);
  fields.set(ACTION, action);
  return { ...rest, fields };
}

/** The action a creator or matcher value stands for, if it is one. */
export function actionOf(v: Val | undefined): Val | undefined {
  return v?.fields?.get(ACTION);
}

/** A thunk creator's members, one creator per outcome, for what its work returned and is given. */
export function thunkOutcomes(entry: ThunkCreatorEntry, result: Val, arg: Val): Map<string, Val> {
  return new Map(Object.entries(entry.outcomes).map(([name, o]) => [name, creatorValue(actionValue(o.payload ? result : EMPTY, arg))]));
}

/** What a matcher call (`isAnyOf(a, b)`, `isFulfilled(t)`) matches: the actions of what it is given. */
export function matchedActions(entry: ActionMatcherEntry, args: readonly Val[]): Val | undefined {
  let out: Val | undefined;
  for (const a of args) {
    const action = actionOf(entry.outcome ? a.fields?.get(entry.outcome) : a);
    if (action) out = out ? join(out, action) : action;
  }
  return out;
}
