// Functions whose result is a fresh random identifier: it holds nothing of anyone's, so the key it is stored
// under (`{ transaction_id: randomUUID() }`, `{ requestId: nanoid() }`) does not say what it is. A name it is
// bound to still does (`const userId = randomUUID()` is the id a new account gets), as for any value.
export interface GeneratorEntry {
  id: string;
  /** npm packages (node built-ins by their bare name) and the members of theirs that generate. */
  packages: string[];
  members: string[];
  /** Global functions, by their dotted path (`crypto.randomUUID`). */
  globals: string[];
  description: string;
}

export const VALUE_GENERATORS: GeneratorEntry[] = [
  {
    id: "node-crypto-random",
    packages: ["crypto"],
    members: ["randomUUID", "randomBytes", "randomInt"],
    globals: ["crypto.randomUUID"],
    description: "node:crypto's randomUUID() / randomBytes(n) / randomInt(a, b), and the Web Crypto global crypto.randomUUID().",
  },
  {
    id: "uuid",
    packages: ["uuid"],
    members: ["v1", "v4", "v6", "v7"],
    globals: [],
    description: "The uuid package: v1(), v4(), v6(), v7() (usually imported as `uuidv4`).",
  },
  {
    id: "nanoid",
    packages: ["nanoid"],
    members: ["nanoid"],
    globals: [],
    description: "nanoid(): a short random URL-safe id.",
  },
  {
    id: "cuid2",
    packages: ["@paralleldrive/cuid2"],
    members: ["createId"],
    globals: [],
    description: "@paralleldrive/cuid2's createId().",
  },
  {
    id: "ulid",
    packages: ["ulid"],
    members: ["ulid"],
    globals: [],
    description: "ulid(): a sortable random id.",
  },
];
