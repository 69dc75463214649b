/** A node of a tree view (area → cluster → concept → atom). */
export interface TreeNode<T = unknown> {
  id: string;
  label: string;
  children?: readonly TreeNode<T>[];
  data?: T;
}

/** A visible row of a flattened tree. */
export interface TreeRowData<T = unknown> {
  node: TreeNode<T>;
  depth: number;
  hasChildren: boolean;
  isExpanded: boolean;
  /** Id of the parent node, undefined at the top level (for collapse-to-parent). */
  parentId: string | undefined;
}

/**
 * The rows a tree shows given which nodes are expanded, in display order; feed them to a
 * VirtualList. Iterative, so a deep tree cannot overflow the stack.
 */
export function flattenTree<T>(
  roots: readonly TreeNode<T>[],
  expanded: ReadonlySet<string>,
): TreeRowData<T>[] {
  const rows: TreeRowData<T>[] = [];
  const stack: {node: TreeNode<T>; depth: number; parentId: string | undefined}[] = roots
    .map((node) => ({node, depth: 0, parentId: undefined}))
    .reverse();
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const {node, depth, parentId} = entry;
    const hasChildren = (node.children?.length ?? 0) > 0;
    const isExpanded = hasChildren && expanded.has(node.id);
    rows.push({node, depth, hasChildren, isExpanded, parentId});
    if (isExpanded) {
      for (const child of [...(node.children ?? [])].reverse()) {
        stack.push({node: child, depth: depth + 1, parentId: node.id});
      }
    }
  }
  return rows;
}
