// Library methods that hand back a pair: a record and a yes/no about it. Sequelize's
// `const [parent, created] = await Parent.findOrCreate({ where: { mobile } })` gives the row and whether it was
// just made; without an entry both names would hold the whole row (the flag logged as `new=${created}` would
// carry the parent's phone and name).
export interface TupleResultEntry {
  id: string;
  packages: string[];
  methods: string[];
  /** Positions of the pair that are yes/no flags, holding no one's data. */
  flags: number[];
  description: string;
}

export const TUPLE_RESULTS: TupleResultEntry[] = [
  {
    id: "sequelize-find-or-create",
    packages: ["sequelize", "@sequelize/core", "sequelize-typescript"],
    methods: ["findOrCreate", "findOrBuild", "findCreateFind", "upsert"],
    flags: [1],
    description: "Sequelize: Model.findOrCreate / findOrBuild / findCreateFind give [instance, created]; upsert gives [instance, created | null].",
  },
];
