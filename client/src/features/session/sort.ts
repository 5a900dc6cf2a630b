import type { RecommendationSort, RecommendationView } from '#contract';

/**
 * The server's orders (`?sort=` of GET /sessions/:id/recommendations), computed here so the
 * live list can be re-sorted without a request. The list is re-sorted only when the reader
 * asks (or changes the sort), never under their finger while votes come in.
 */
const COMPARATORS: Record<
  RecommendationSort,
  (a: RecommendationView, b: RecommendationView) => number
> = {
  top: (a, b) => net(b) - net(a) || b.tally.support - a.tally.support || older(a, b),
  new: (a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id),
  consensus: (a, b) => b.bridging - a.bridging || b.tally.support - a.tally.support || older(a, b),
  // The most divided first: as many votes against as for, and many of them.
  contested: (a, b) => divided(b) - divided(a) || decided(b) - decided(a) || older(a, b),
};

const net = (r: RecommendationView) => r.tally.support - r.tally.oppose;
const divided = (r: RecommendationView) => Math.min(r.tally.support, r.tally.oppose);
const decided = (r: RecommendationView) => r.tally.support + r.tally.oppose;
const older = (a: RecommendationView, b: RecommendationView) =>
  a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export function sortRecommendations(
  list: readonly RecommendationView[],
  sort: RecommendationSort,
): RecommendationView[] {
  return [...list].sort(COMPARATORS[sort]);
}

/**
 * The displayed order: the frozen `order` (ids), then recommendations it does not know yet —
 * on top for "new", at the end otherwise — without the ones that left the list.
 */
export function applyOrder(
  list: readonly RecommendationView[],
  order: readonly string[],
  sort: RecommendationSort,
): RecommendationView[] {
  const byId = new Map(list.map((r) => [r.id, r]));
  const known = order.flatMap((id) => {
    const r = byId.get(id);
    return r ? [r] : [];
  });
  const fresh = sortRecommendations(
    list.filter((r) => !order.includes(r.id)),
    sort,
  );
  return sort === 'new' ? [...fresh, ...known] : [...known, ...fresh];
}

export function sameOrder(
  a: readonly RecommendationView[],
  b: readonly RecommendationView[],
): boolean {
  return a.length === b.length && a.every((r, i) => r.id === b[i]?.id);
}
