// Values of table schemas and their queries (see catalog/tables.ts). A table is an object of columns, each
// a clean value marked COLUMN, with a hidden TABLE_CELL naming the engine cell that holds the row it
// declares; a query is the list of its rows, with the row also under QUERY_ROWS so that the builder's other
// methods (`where`, `limit`, `returning`) know what they chain on.
import { ts } from "../typescript.cjs";
import { CLEAN, type Val } from "./values.js";
import { skipWrappers } from "./file-index.js";

export const TABLE_CELL = "%table";
export const COLUMN = "%column";
export const QUERY_ROWS = "%rows";
/** A selection (`select({ id: t.id })`) made before the table is named. */
export const SELECTED_ROW = "%selected";

const COLUMN_VALUE: Val = { clean: true, fields: new Map([[COLUMN, CLEAN]]), closed: true };

/** The engine cell of a table's row, by the name the table is bound to (what `db.query.<name>` uses). */
export function tableCell(name: string): string {
  return `%table#${name}`;
}

/** The object literal a definer is given its columns in, directly or as what a builder callback returns. */
export function columnsLiteral(arg: ts.Expression | undefined): ts.ObjectLiteralExpression | undefined {
  let e = arg && skipWrappers(arg);
  if (e && (ts.isArrowFunction(e) || ts.isFunctionExpression(e))) {
    const body = e.body;
    if (ts.isBlock(body)) {
      const ret = body.statements.find(ts.isReturnStatement);
      e = ret?.expression && skipWrappers(ret.expression);
    } else e = skipWrappers(body);
  }
  return e && ts.isObjectLiteralExpression(e) ? e : undefined;
}

/** The table value for a definition whose row is kept in `cell`, with these columns. */
export function tableValue(cell: string, columns: readonly string[]): Val {
  const fields = new Map<string, Val>(columns.map((k) => [k, COLUMN_VALUE]));
  fields.set(TABLE_CELL, { str: { prefix: cell, complete: true }, clean: true });
  return { fields, closed: true };
}

/** The name a definition is bound to (`export const nurses = pgTable(…)`), else the table's own name. */
export function tableBinding(c: ts.CallExpression): string | undefined {
  let p: ts.Node = c.parent;
  while (ts.isParenthesizedExpression(p) || ts.isAsExpression(p) || ts.isSatisfiesExpression(p)) p = p.parent;
  if (ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  const first = c.arguments[0];
  return first && ts.isStringLiteralLike(first) ? first.text : undefined;
}

/** The list of `row`s a query hands back, which its builder's methods chain on. */
export function queryValue(row: Val): Val {
  return { fields: new Map([[QUERY_ROWS, row], ["[]", row]]), closed: true };
}

/** Whether an object is a selection of columns (`{ id: users.id, role: users.role }`). */
export function isColumnSelection(v: Val | undefined): boolean {
  if (!v?.fields?.size) return false;
  for (const f of v.fields.values()) if (f.fields?.has(COLUMN)) return true;
  return false;
}
