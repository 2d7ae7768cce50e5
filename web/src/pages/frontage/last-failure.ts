/**
 * The day of a unit's latest failed check, from its checks newest first, or null. The page
 * shows it beside 近30天不合格: a count that says 0 because the last failure is older than the
 * window would otherwise read as "never failed".
 */
export function lastFailureDay(
	checks: readonly { result: string; checkedAt: string }[]
): string | null {
	const failed = checks.find((c) => c.result === 'fail');
	return failed ? failed.checkedAt.slice(0, 10) : null;
}
