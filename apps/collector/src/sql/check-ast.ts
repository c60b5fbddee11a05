import { type AstNode, parseAst, walkAst } from './ast-tree.ts';
import { SqlError } from './sql-error.ts';
import { CATALOG_SAFE_FUNCTIONS, catalogColumns } from './system-catalog.ts';

/**
 * Scalar functions that read files, dictionaries, Join tables, server settings or server state. The
 * query's own settings (`getSetting`, as `system.settings`) stay readable: JDBC drivers ask for
 * `getSetting('readonly')` on connect.
 */
const DENIED_FUNCTIONS =
  /^(file|catboostEvaluate|joinGet|joinGetOrNull|dict\w*|getServerSetting\w*|getMergeTreeSetting|getMacro|hasColumnInTable|hasThreadFuzzer|getClientHTTPHeader|filesystem\w*|showCertificate|input|currentProfiles|currentRoles|enabledRoles|defaultRoles|initialQueryID|queryID)$/i;
const IN_FUNCTIONS = /^(global)?(not)?in$/i;

function refuse(message: string, type = 'ACCESS_DENIED'): never {
  throw new SqlError(403, type, message);
}

/**
 * Checks the parsed AST of `<analyst query> SETTINGS <ours>` before anything runs: one SELECT (or
 * UNION/WITH) and nothing else — no FORMAT/INTO OUTFILE inside, no SETTINGS but ours, no table
 * functions, no file/dictionary/Join/settings functions, no `IN table`, tables of `database` only.
 * Throws `SqlError` (403) naming what was refused.
 *
 * @example
 * checkAst(parseAst(explainOutput), 'minwon_ux');
 */
export function checkAst(root: AstNode, database: string): void {
  if (root.kind !== 'SelectWithUnionQuery') refuse('Only SELECT queries are allowed here (read-only).', 'READONLY');
  const [list, ...extra] = root.children;
  if (list?.kind !== 'ExpressionList' || extra.length > 0) {
    refuse('INTO OUTFILE and FORMAT inside the query are not allowed; use default_format or a trailing FORMAT.');
  }
  let settings = 0;
  for (const node of walkAst(root)) {
    if (node.kind === 'Set') {
      settings += 1;
      const owner = node.parent;
      if (settings > 1 || owner?.kind !== 'SelectQuery' || owner.parent !== list || list.children.at(-1) !== owner) {
        refuse('SETTINGS clauses are not allowed in analyst queries.');
      }
    }
    if (node.kind === 'Function') {
      const name = node.value.split(' ')[0] ?? '';
      if (node.parent?.kind === 'TableExpression' && !/^values$/i.test(name)) {
        refuse(`Table function ${name}() is not allowed.`);
      }
      if (DENIED_FUNCTIONS.test(name)) refuse(`Function ${name}() is not allowed.`);
      if (IN_FUNCTIONS.test(name) && node.children[0]?.children[1]?.kind === 'Identifier') {
        refuse('Use IN (SELECT …) instead of IN <table>.');
      }
    }
    if (node.kind === 'TableIdentifier' && node.value.includes('.')) {
      const db = node.value.slice(0, node.value.indexOf('.')).replaceAll('`', '');
      if (db !== database && db !== 'system') refuse(`Only tables of ${database} may be read (not ${db}).`);
    }
  }
  if (settings !== 1) refuse('SETTINGS clauses are not allowed in analyst queries.');
}

/** Query-tree sections ClickHouse may evaluate while it reads a table, before the scope filter. */
function isFilterSection(node: AstNode): boolean {
  return (
    node.kind === 'WHERE' ||
    node.kind === 'PREWHERE' ||
    node.kind === 'QUALIFY' ||
    (node.kind === 'JOIN' && node.value === 'EXPRESSION')
  );
}

/**
 * In a query reading `system.tables`, the filters (WHERE, JOIN … ON) may apply only functions that
 * cannot fail or wait to anything read from a table: ClickHouse evaluates them over every table while
 * it reads `system.tables`. A function of constants alone (`CAST(NULL AS Nullable(String))`) and
 * anything in the projection (computed on the scoped rows) are fine.
 */
function checkCatalogFunctions(root: AstNode): void {
  const filters = [...walkAst(root)].filter(isFilterSection);
  for (const node of filters.flatMap((section) => [...walkAst(section)])) {
    if (node.kind !== 'FUNCTION') continue;
    const name = node.value.match(/function_name: ([^\s,]+)/)?.[1] ?? '';
    if (CATALOG_SAFE_FUNCTIONS.has(name)) continue;
    for (const inner of walkAst(node)) {
      if (inner.kind === 'COLUMN') {
        refuse(
          `Function ${name}() is not allowed on columns in the filters of a query reading system.tables (comparisons and patterns are).`,
        );
      }
    }
  }
}

/**
 * Checks `EXPLAIN QUERY TREE` output (tables resolved, CTEs and aliases included): every table read
 * must be in `allowed` or a schema-catalog table (`system-catalog.ts`), every column read from a
 * catalog table one of its readable columns, and no table function may appear.
 *
 * @example
 * checkQueryTree(treeText, new Set(['minwon_ux.events']));
 */
export function checkQueryTree(tree: string, allowed: ReadonlySet<string>): void {
  const tableFunctions = [
    ...tree.matchAll(/\bTABLE_FUNCTION id: \d+(?:, alias: [^,\n]+)?, table_function_name: (\w+)/g),
  ];
  if (tableFunctions.length !== (tree.match(/\bTABLE_FUNCTION id:/g) ?? []).length)
    refuse('Table functions are not allowed.');
  // VALUES (constant rows, as JDBC's type listing joins) is the one table function allowed.
  for (const [, name = ''] of tableFunctions) if (!/^values$/i.test(name)) refuse('Table functions are not allowed.');
  const tables = [...tree.matchAll(/\bTABLE id: (\d+)(?:, alias: [^,\n]+)?, table_name: ([^\s,]+)$/gm)];
  if (tables.length !== (tree.match(/\bTABLE id: /g) ?? []).length) refuse('Unrecognised table reference.');
  const catalog = new Map<string, { table: string; columns: ReadonlySet<string> }>();
  for (const [, id = '', table = ''] of tables) {
    const columns = catalogColumns(table);
    if (columns === undefined && !allowed.has(table)) refuse(`Table ${table} is not readable here.`);
    if (columns !== undefined && columns !== '*') catalog.set(id, { table, columns });
  }
  if (catalog.size === 0) return;
  if ([...catalog.values()].some((read) => read.table === 'system.tables')) checkCatalogFunctions(parseAst(tree));
  const columns = [
    ...tree.matchAll(/\bCOLUMN id: \d+(?:, alias: .+?)?, column_name: (.+?), result_type: .*, source_id: (\d+)$/gm),
  ];
  if (columns.length !== (tree.match(/\bCOLUMN id: .*, source_id: /g) ?? []).length)
    refuse('Unrecognised column reference.');
  for (const [, name = '', source = ''] of columns) {
    const read = catalog.get(source);
    if (read && !read.columns.has(name)) {
      refuse(`Column ${name} of ${read.table} is not readable here; readable: ${[...read.columns].join(', ')}.`);
    }
  }
}
