/** Disjoint sets over string ids, for grouping duplicate pairs transitively. */
export interface UnionFind {
  union(a: string, b: string): void;
  find(id: string): string;
  /** Every set with more than one member. */
  groups(): string[][];
}

/** Creates an empty union-find with path halving and union by size (near-linear). */
export function createUnionFind(): UnionFind {
  const parent = new Map<string, string>();
  const size = new Map<string, number>();
  const find = (id: string): string => {
    let node = id;
    if (!parent.has(node)) return node;
    for (;;) {
      const up = parent.get(node)!;
      if (up === node) return node;
      const grand = parent.get(up)!;
      parent.set(node, grand);
      node = grand;
    }
  };
  const ensure = (id: string): void => {
    if (!parent.has(id)) {
      parent.set(id, id);
      size.set(id, 1);
    }
  };
  return {
    find,
    union(a, b) {
      ensure(a);
      ensure(b);
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return;
      if (size.get(ra)! < size.get(rb)!) [ra, rb] = [rb, ra];
      parent.set(rb, ra);
      size.set(ra, size.get(ra)! + size.get(rb)!);
    },
    groups() {
      const byRoot = new Map<string, string[]>();
      for (const id of parent.keys()) {
        const root = find(id);
        const members = byRoot.get(root);
        if (members) members.push(id);
        else byRoot.set(root, [id]);
      }
      return [...byRoot.values()].filter((members) => members.length > 1);
    },
  };
}
