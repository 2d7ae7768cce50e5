/** Ranking of a period's means (issue 16 item 3, lane C), pure. */
import type { ScoreOrder, ScoreRow } from '../../contract/assessment-scores';

/**
 * Ranks by mean, 1 the best; equal means (to 2 decimals) share a rank and the next rank
 * skips (1, 2, 2, 4). Rows come back best first or worst first, ties by name.
 */
export function rankScores(rows: readonly Omit<ScoreRow, 'rank'>[], order: ScoreOrder): ScoreRow[] {
	const best = [...rows].sort(
		(a, b) => b.score - a.score || a.name.localeCompare(b.name, 'zh') || a.key.localeCompare(b.key)
	);
	const out: ScoreRow[] = [];
	for (const [i, r] of best.entries()) {
		const previous = out[i - 1];
		out.push({ ...r, rank: previous && previous.score === r.score ? previous.rank : i + 1 });
	}
	if (order === 'best') return out;
	return out.sort(
		(a, b) => a.score - b.score || a.name.localeCompare(b.name, 'zh') || a.key.localeCompare(b.key)
	);
}
