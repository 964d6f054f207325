// A pull's report as the lines `oa-planner sync --pull-only` prints: each figure pulled with its
// date, what changed, what a spent budget left for later, and when the next pull of each kind is
// allowed. English, like the rest of the command line.

import { englishText } from '../../shared/i18n/text';
import { pullBudgetKinds, type PullReport } from '../../shared/sync/pull';

const count = (n: number) => n.toLocaleString('en-US');

export function describePull(report: PullReport): string[] {
  const lines: string[] = [];
  if (report.quota)
    lines.push(
      report.quota.type === 'limited'
        ? `Quota: ${count(report.quota.value ?? 0)} messages this month (pulled ${report.pulledAt})`
        : `Quota: no monthly limit (pulled ${report.pulledAt})`,
    );
  if (report.consumption)
    lines.push(`Used in ${report.consumption.month}: ${count(report.consumption.messages)} messages`);
  if (report.friends) {
    const f = report.friends;
    lines.push(
      `Friends on ${f.asOf}: ${count(f.followers)} followers, ${count(f.targetReach)} target reach, ${count(f.blocks)} blocks`,
    );
    const dimensions = Object.keys(f.demographics);
    lines.push(`Demographics: ${dimensions.length > 0 ? dimensions.join(', ') : 'not available'}`);
  }
  if (report.audiences)
    lines.push(
      `Audiences: ${String(report.audiences.added)} added, ${String(report.audiences.updated)} updated, ${String(report.audiences.removed)} removed`,
    );
  for (const p of report.progress) lines.push(`Narrowcast ${p.title ?? '(no campaign)'}: ${p.phase}`);
  const shown = (n: number | null) => (n === null ? 'hidden (too few)' : count(n));
  for (const s of report.statistics)
    lines.push(
      `Statistics of ${s.title}: ${shown(s.delivered)} delivered, ${shown(s.uniqueImpressions)} unique impressions, ${shown(s.uniqueClicks)} unique clicks`,
    );
  for (const s of report.skipped) lines.push(`Skipped ${s.part}: ${englishText(s.error)}`);
  for (const f of report.failures) lines.push(englishText(f.error));
  lines.push(report.changed.length > 0 ? `Changed: ${report.changed.join(', ')}` : 'Nothing changed.');
  for (const kind of pullBudgetKinds) {
    const at = report.nextAllowed[kind];
    lines.push(`Next ${kind} pull allowed: ${at === report.pulledAt ? 'now' : at}`);
  }
  return lines;
}
