// GraphQL servers built from a resolver map: the server calls each resolver
// with (parent, args, contextValue, info), where contextValue is what the
// context function the app gives the server returns per request (the user,
// a logger, data sources). So `ctx.dataSources.sms.send(…)` in a resolver is
// a call of the data source's method, and `ctx.logger` is the app's logger.
export interface GraphqlServerEntry {
  id: string;
  packages: string[];
  /** Classes or functions whose options object (first argument) holds `resolvers` and, optionally, `context`. */
  makers: string[];
  /** Functions whose options object holds the `context` function, with the argument it is at. */
  contextOptions: Readonly<Record<string, number>>;
  /** A server plugin: `app.register(plugin, { schema, resolvers, context })` takes its options as a maker's. */
  plugin?: boolean;
  /** Members the server adds to every context: name → a library object (package and path). */
  contextMembers?: Readonly<Record<string, { pkg: string; path: readonly string[] }>>;
  /**
   * Types of the package a resolver map is declared as (`export const account: IResolvers = { Query: … }`):
   * such a map is this server's, also where the project merges maps in ways we cannot follow.
   */
  resolverTypes?: readonly string[];
  /**
   * An option of the maker's or plugin's holding batch loaders per type and field (mercurius's `loaders: {
   * Match: { partner: async (queries, ctx) => … } }`, or `{ loader, opts }`): each is called with the
   * batch's queries and, at `contextAt`, the request's context.
   */
  loaders?: { option: string; contextAt: number };
  description: string;
}

export const GRAPHQL_SERVERS: GraphqlServerEntry[] = [
  {
    id: "apollo-server",
    packages: ["@apollo/server", "@apollo/server/standalone", "@apollo/server/express4", "apollo-server", "apollo-server-express", "apollo-server-koa", "apollo-server-fastify"],
    makers: ["ApolloServer"],
    contextOptions: { startStandaloneServer: 1, expressMiddleware: 1 },
    description: "Apollo Server: new ApolloServer({ typeDefs, resolvers[, context][, plugins] }) (v2/v3 take the context there), startStandaloneServer(server, { context }) and expressMiddleware(server, { context }) (v4); plugins' request hooks get the context as requestContext.contextValue.",
  },
  {
    id: "graphql-tools",
    packages: ["@graphql-tools/schema", "graphql-tools"],
    makers: ["makeExecutableSchema"],
    contextOptions: {},
    description: "makeExecutableSchema({ typeDefs, resolvers }): the schema a server then runs with its context.",
  },
  {
    id: "mercurius",
    packages: ["mercurius"],
    makers: [],
    contextOptions: {},
    plugin: true,
    contextMembers: { reply: { pkg: "fastify", path: ["reply"] }, app: { pkg: "fastify", path: ["app"] } },
    resolverTypes: ["IResolvers"],
    loaders: { option: "loaders", contextAt: 1 },
    description: "mercurius, Fastify's GraphQL plugin: app.register(mercurius, { schema, resolvers, loaders, context }), each resolver given the context function's result (with mercurius's own `reply`), each loader the batch's queries and that context; maps declared as its `IResolvers` are its resolvers.",
  },
  {
    id: "graphql-yoga",
    packages: ["graphql-yoga"],
    makers: ["createSchema"],
    contextOptions: { createYoga: 0 },
    description: "GraphQL Yoga: createSchema({ typeDefs, resolvers }) and createYoga({ schema, context }).",
  },
];
