/**
 * Ranking metrics over graded relevance (0-3). An offer is "relevant" from grade 2 for
 * precision, recall and MRR; nDCG uses the grades themselves (gain 2^grade - 1).
 */
export type Grades = ReadonlyMap<string, number>;

export const RELEVANT_FROM = 2;

const relevant = (grades: Grades, id: string) => (grades.get(id) ?? 0) >= RELEVANT_FROM;

export function precisionAt(k: number, ranking: readonly string[], grades: Grades): number {
  return ranking.slice(0, k).filter((id) => relevant(grades, id)).length / k;
}

/** Share of the relevant offers found in the first k; 1 when there is none to find. */
export function recallAt(k: number, ranking: readonly string[], grades: Grades): number {
  const total = [...grades.values()].filter((grade) => grade >= RELEVANT_FROM).length;
  if (total === 0) return 1;
  return ranking.slice(0, k).filter((id) => relevant(grades, id)).length / total;
}

const dcg = (gradesInOrder: number[]) => gradesInOrder.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);

export function ndcgAt(k: number, ranking: readonly string[], grades: Grades): number {
  const ideal = dcg([...grades.values()].sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) return 1;
  return dcg(ranking.slice(0, k).map((id) => grades.get(id) ?? 0)) / ideal;
}

/** 1 / rank of the first relevant offer; 0 when none is ranked. */
export function reciprocalRank(ranking: readonly string[], grades: Grades): number {
  const index = ranking.findIndex((id) => relevant(grades, id));
  return index < 0 ? 0 : 1 / (index + 1);
}

export type Summary = { precisionAt5: number; recallAt10: number; ndcgAt10: number; mrr: number };

/** Mean of each metric over the needs, rounded to 3 decimals. */
export function summarize(rankings: Array<{ ranking: readonly string[]; grades: Grades }>): Summary {
  const mean = (metric: (r: readonly string[], g: Grades) => number) =>
    Math.round((rankings.reduce((sum, { ranking, grades }) => sum + metric(ranking, grades), 0) / Math.max(1, rankings.length)) * 1000) / 1000;
  return {
    precisionAt5: mean((r, g) => precisionAt(5, r, g)),
    recallAt10: mean((r, g) => recallAt(10, r, g)),
    ndcgAt10: mean((r, g) => ndcgAt(10, r, g)),
    mrr: mean(reciprocalRank),
  };
}
