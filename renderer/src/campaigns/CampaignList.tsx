// The month as a table: each campaign's status, send time in the channel's zone, send kind, reach
// and the problems its rules report (errors and warnings, the first one named).

import type { CampaignCheckResult } from '../../../shared/campaigns/contract';
import { findingText } from '../../../shared/campaigns/findings';
import type { Campaign } from '../../../shared/campaigns/model';
import { reachText } from '../../../shared/campaigns/reach';
import { formatNumber } from '../audiences/format';
import { useRenderText } from '../ui/errors';
import { formatAt } from './calendar-time';
import { countFindings } from './draft-edit';
import { useCampaignText, useModelText, withLocaleNumbers } from './labels';

export function CampaignList({
  campaigns,
  checks,
  zone,
  onOpen,
}: {
  readonly campaigns: readonly Campaign[];
  readonly checks: ReadonlyMap<number, CampaignCheckResult>;
  readonly zone: string;
  readonly onOpen: (campaign: Campaign) => void;
}) {
  const { ct, locale } = useCampaignText();
  const { status, kind } = useModelText();
  const render = useRenderText();
  if (campaigns.length === 0) return <p className="camp-muted">{ct('noCampaigns')}</p>;
  return (
    <table className="camp-table" data-testid="campaign-list">
      <thead>
        <tr>
          <th scope="col">{ct('columnTitle')}</th>
          <th scope="col">{ct('columnStatus')}</th>
          <th scope="col">{ct('columnTime', { zone })}</th>
          <th scope="col">{ct('columnKind')}</th>
          <th scope="col">{ct('columnReach')}</th>
          <th scope="col">{ct('columnProblems')}</th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((campaign) => {
          const check = checks.get(campaign.id);
          const counts = check ? countFindings(check.findings) : null;
          const first = check?.findings[0];
          return (
            <tr key={campaign.id} data-campaign-id={campaign.id}>
              <td>
                <button type="button" className="camp-link" onClick={() => onOpen(campaign)}>
                  {campaign.title}
                </button>
                <span className="camp-key">{campaign.key}</span>
              </td>
              <td>
                <span className={`camp-status camp-status-${campaign.status}`}>
                  {status(campaign.status)}
                </span>
              </td>
              <td>{campaign.at === null ? ct('atNextSync') : formatAt(campaign.at, zone, locale)}</td>
              <td>{kind(campaign.sendKind)}</td>
              <td title={check ? render(withLocaleNumbers(reachText(check.reach), locale)) : undefined}>
                {check
                  ? check.reach.known
                    ? `${check.reach.exact ? '' : '≈ '}${formatNumber(locale, check.reach.expected)}`
                    : '—'
                  : formatNumber(locale, campaign.plannedRecipients)}
              </td>
              <td className="camp-problems-cell">
                {counts === null ? (
                  '…'
                ) : counts.errors + counts.warnings === 0 ? (
                  <span className="camp-ok">{ct('noProblems')}</span>
                ) : (
                  <>
                    <span className={counts.errors ? 'camp-error-count' : 'camp-warning-count'}>
                      {ct('problemCounts', { errors: counts.errors, warnings: counts.warnings })}
                    </span>
                    {first ? <span className="camp-first-problem">{render(findingText(first))}</span> : null}
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
