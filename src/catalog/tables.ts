// Table schemas declared in code (Drizzle's `pgTable('nurses', { latitude: doublePrecision('latitude'), … })`)
// and the query builders that read and write their rows. A table is a declaration, not anyone's data: its
// columns are names, and a row a query hands back has one field per column (or per key of the selection the
// query names), each what its name says. Without this a table's definition is a library call given an object
// of library calls, so every row read from it would carry every column (`nurse.onDuty` as `lastSeenAt`).

export interface TableSchemaEntry {
  id: string;
  /** Packages whose functions define tables. */
  definitionPackages: string[];
  /** Those functions: (name, columns | (builders) => columns, extras?). */
  definers: string[];
  columnsArg: number;
  /** Packages of the database client whose query builders are given the tables. */
  clientPackages: string[];
  /** Builder methods given a table: the rows the query reads or writes are that table's. */
  sources: string[];
  /** Builder methods given an object of columns (`select({ id: t.id })`, `returning({ id: t.id })`): the rows have its keys. */
  selections: string[];
  /** Relational queries (`db.query.<table>.findFirst()`): the member of the client they hang off, and the methods giving one row or many. */
  relational?: { root: string; one: string[]; many: string[] };
  /** Builder methods that end a query with its first row (`.get()` of SQLite drivers). */
  firstRow: string[];
  description: string;
}

export const TABLE_SCHEMAS: TableSchemaEntry[] = [
  {
    id: "drizzle-orm",
    definitionPackages: ["drizzle-orm/pg-core", "drizzle-orm/mysql-core", "drizzle-orm/sqlite-core", "drizzle-orm/singlestore-core"],
    definers: ["pgTable", "mysqlTable", "sqliteTable", "singlestoreTable"],
    columnsArg: 1,
    clientPackages: ["drizzle-orm"],
    sources: ["from", "insert", "update", "delete"],
    selections: ["select", "selectDistinct", "returning"],
    relational: { root: "query", one: ["findFirst"], many: ["findMany"] },
    firstRow: ["get"],
    description: "Drizzle ORM: pgTable / mysqlTable / sqliteTable(name, columns) declare a table; db.select(fields?).from(table), db.insert(table).values(…).returning(fields?), db.update(table).set(…), db.delete(table) and db.query.<table>.findFirst / findMany read and write its rows.",
  },
];
