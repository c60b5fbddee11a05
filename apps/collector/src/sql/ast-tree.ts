/** One node of ClickHouse's `EXPLAIN AST` text output: `Function count (children 1)`. */
export interface AstNode {
  /** The node kind: `SelectQuery`, `Function`, `TableIdentifier`, `Set`, … */
  kind: string;
  /** What follows the kind: a function or table name, a literal; '' when nothing. */
  value: string;
  children: AstNode[];
  parent: AstNode | undefined;
}

/**
 * Parses `EXPLAIN AST` output (one node per line, one space of indent per level) into a tree.
 *
 * @example
 * const root = parseAst('SelectWithUnionQuery (children 1)\n ExpressionList (children 1)');
 * root.children[0]?.kind; // 'ExpressionList'
 */
export function parseAst(text: string): AstNode {
  const root: AstNode = { kind: '', value: '', children: [], parent: undefined };
  const stack: { depth: number; node: AstNode }[] = [{ depth: -1, node: root }];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const depth = line.length - line.trimStart().length;
    const body = line.trim().replace(/ \(children \d+\)$/, '');
    const space = body.indexOf(' ');
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]!.node;
    const node: AstNode = {
      kind: space < 0 ? body : body.slice(0, space),
      value: space < 0 ? '' : body.slice(space + 1),
      children: [],
      parent,
    };
    parent.children.push(node);
    stack.push({ depth, node });
  }
  const [top] = root.children;
  if (!top || root.children.length !== 1) throw new Error('EXPLAIN AST returned no single root');
  top.parent = undefined;
  return top;
}

/** Every node of the tree, depth first. */
export function* walkAst(node: AstNode): Generator<AstNode> {
  yield node;
  for (const child of node.children) yield* walkAst(child);
}
