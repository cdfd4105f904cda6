// Utility libraries' object helpers whose result is part of what they are given: lodash's and underscore's
// `pick(obj, ['id', 'xingming'])` keeps the named fields, `omit(obj, keys)` drops them and `get(obj, 'a.b')`
// reads a path. Without an entry, a library call's result is only what went in as a whole, so the fields
// picked from a record we know by names alone (`_.pick(req.me, ['xingming', 'shoujihao'])`) would say nothing.
export interface ObjectHelperEntry {
  id: string;
  packages: string[];
  /** Globals the library is (Sails and many older apps expose lodash as `_`). */
  globals: string[];
  pick: string[];
  omit: string[];
  get: string[];
  /** Functions giving each element's member a key names (`pluck(list, 'sfzh')`, lodash's `map(list, 'sfzh')`); with a function instead of the key they are something else. */
  pluck: string[];
  description: string;
}

export const OBJECT_HELPERS: ObjectHelperEntry[] = [
  {
    id: "lodash",
    packages: ["lodash", "lodash-es", "underscore", "lodash.pick", "lodash.omit", "lodash.get", "es-toolkit", "es-toolkit/compat"],
    globals: ["_"],
    pick: ["pick"],
    omit: ["omit"],
    get: ["get"],
    pluck: ["pluck", "map"],
    description:
      "lodash / underscore / es-toolkit: pick(obj, keys | ...keys), omit(obj, keys | ...keys), get(obj, 'a.b' | ['a', 'b'], default), pluck(list, 'key') and map(list, 'key'); also the global `_`.",
  },
];

/**
 * Library functions that make an instance of the class they are given from plain data: class-transformer's
 * `plainToInstance(RegisterDto, body)` is a RegisterDto holding the body's data, as NestJS's ValidationPipe
 * hands a controller.
 */
export interface InstanceMakerEntry {
  id: string;
  packages: string[];
  functions: string[];
  /** The argument that is the class; the one after it is the data. */
  classArg: number;
  /** Also the class (or interface) the call's type argument names (`container.get<BookingService>(TYPES.Booking)`). */
  typeArgument?: true;
  /**
   * The class argument is a name: the class a file of the project's source folder exports by convention,
   * per function the folder it is in (ThinkJS's `this.service('sms')` is src/service/sms.js's class).
   */
  namedFiles?: Record<string, string>;
  description: string;
}

export const INSTANCE_MAKERS: InstanceMakerEntry[] = [
  {
    id: "class-transformer",
    packages: ["class-transformer"],
    functions: ["plainToInstance", "plainToClass", "plainToClassFromExist"],
    classArg: 0,
    description: "class-transformer: plainToInstance(Cls, plain) / plainToClass(Cls, plain) make a Cls (or a list of them) from plain data.",
  },
  {
    id: "di-containers",
    packages: ["inversify", "tsyringe", "typedi"],
    functions: ["get", "getAsync", "getNamed", "getTagged", "resolve"],
    classArg: 0,
    typeArgument: true,
    description:
      "Dependency-injection containers: inversify's container.get<T>(id) / getNamed / getTagged, tsyringe's container.resolve(Cls) or resolve<T>(token), typedi's Container.get(Cls): the instance of the class the call names.",
  },
  {
    id: "thinkjs",
    packages: ["thinkjs"],
    functions: ["service", "model"],
    classArg: 0,
    namedFiles: { service: "service", model: "model" },
    description:
      "ThinkJS 3: this.service('sms') / think.service('user/info') is an instance of the class src/service/sms.js exports (src/<module>/service/… in a multi-module app, or common's), and this.model('user') / think.model('user') of src/model/user.js's.",
  },
];
