// Library methods that hand back a pair: a record and a yes/no about it. Sequelize's
// `const [parent, created] = await Parent.findOrCreate({ where: { mobile } })` gives the row and whether it was
// just made; without an entry both names would hold the whole row (the flag logged as `new=${created}` would
// carry the parent's phone and name).
export interface TupleResultEntry {
  id: string;
  packages: string[];
  methods: string[];
  /** A framework's object the library's models are reached through (egg-sequelize's `ctx.model.Member`). */
  reachedThrough?: { package: string; member: string }[];
  /** Positions of the pair that are yes/no flags, holding no one's data. */
  flags: number[];
  description: string;
}

export const TUPLE_RESULTS: TupleResultEntry[] = [
  {
    id: "sequelize-find-or-create",
    packages: ["sequelize", "@sequelize/core", "sequelize-typescript"],
    reachedThrough: [{ package: "egg", member: "model" }],
    methods: ["findOrCreate", "findOrBuild", "findCreateFind", "upsert"],
    flags: [1],
    description: "Sequelize: Model.findOrCreate / findOrBuild / findCreateFind give [instance, created]; upsert gives [instance, created | null]. Also egg-sequelize's models, `ctx.model.Member` / `app.model.Member`.",
  },
];
