// Rule findings as the composer shows them: each problem with where it is and how to fix it.

import { findingFixText, findingText, type CampaignFinding } from '../../../shared/campaigns/findings';
import { useRenderText } from '../ui/errors';
import { useCampaignText } from './labels';

export function FindingList({
  findings,
  testId,
}: {
  readonly findings: readonly CampaignFinding[];
  readonly testId?: string;
}) {
  const render = useRenderText();
  const { ct } = useCampaignText();
  if (findings.length === 0) return null;
  return (
    <ul className="camp-findings" data-testid={testId}>
      {findings.map((f, i) => (
        <li
          key={`${f.code}-${f.path}-${String(i)}`}
          className={`camp-finding camp-finding-${f.severity}`}
          data-code={f.code}
        >
          <span className="camp-finding-severity">
            {f.severity === 'error' ? ct('severityError') : ct('severityWarning')}
          </span>
          {f.path ? <code className="camp-finding-path">{f.path}</code> : null}
          <span className="camp-finding-problem">{render(findingText(f))}</span>
          <span className="camp-finding-fix">{render(findingFixText(f))}</span>
        </li>
      ))}
    </ul>
  );
}
