// Service schemas: plain objects a framework turns into service instances
// (Moleculer's `module.exports = { name, actions, methods }`). Inside their
// actions, methods and event handlers, `this` is the service: it has the
// schema's methods and the members the framework gives every service.
export interface ServiceSchemaEntry {
  id: string;
  package: string;
  /** Properties that make an object literal such a schema: all of `keys`, and at least one of `anyOf`. */
  keys: string[];
  anyOf: string[];
  /** Members of `this` the framework provides: a path under the package, as a library object of it. */
  thisMembers: Readonly<Record<string, readonly string[]>>;
  /** What the framework passes its handlers first (Moleculer's `ctx`): a path under the package, as a library object of it. */
  contextParam?: readonly string[];
  description: string;
}

export const SERVICE_SCHEMAS: ServiceSchemaEntry[] = [
  {
    id: "moleculer",
    package: "moleculer",
    keys: ["name"],
    // Not `methods` or `mixins` alone: a Vue component has those and a name too.
    anyOf: ["actions", "events", "settings"],
    thisMembers: { logger: ["Service", "new", "logger"], broker: ["ServiceBroker", "new"] },
    contextParam: ["Context", "new"],
    description: "Moleculer service schemas ({ name, actions, methods, events }): this.logger is the service's logger, this.broker the broker, and this.someMethod() a method of the schema, in actions (a function or { handler }), methods and events; an action's or event handler's ctx is a Context (ctx.broker.logger is the broker's logger).",
  },
];
