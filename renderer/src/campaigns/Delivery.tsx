// What LINE reported of a sent campaign: the request it accepted and when, and the statistics the
// last pull brought (delivered, unique impressions and clicks). Until a pull, it says they will
// come; after one, a count LINE hides (fewer than 20 people) says so.

import { DateTime } from 'luxon';
import type { CampaignDelivery } from '../../../shared/campaigns/model';
import { formatNumber } from '../audiences/format';
import { useCampaignText } from './labels';

export function DeliveryPanel({ delivery, zone }: { delivery: CampaignDelivery; zone: string }) {
  const { ct, locale } = useCampaignText();
  if (delivery.requestId === null) return null;
  const count = (n: number | null) => (n === null ? ct('deliveryHidden') : formatNumber(locale, n));
  const sentAt =
    delivery.sentAt === null
      ? '—'
      : DateTime.fromISO(delivery.sentAt)
          .setZone(zone)
          .setLocale(locale)
          .toLocaleString(DateTime.DATETIME_MED);
  return (
    <section className="camp-delivery" data-testid="campaign-delivery" aria-label={ct('deliveryHeading')}>
      <h3>{ct('deliveryHeading')}</h3>
      <p data-testid="campaign-delivery-request">
        {ct('deliveryRequest', { requestId: delivery.requestId, sentAt })}
      </p>
      {delivery.statsPulledAt === null ? (
        <p className="camp-muted" data-testid="campaign-delivery-pending">
          {ct('deliveryStatsPending')}
        </p>
      ) : (
        <p data-testid="campaign-delivery-stats">
          {ct('deliveryStats', {
            delivered: count(delivery.delivered),
            impressions: count(delivery.uniqueImpressions),
            clicks: count(delivery.uniqueClicks),
          })}
        </p>
      )}
    </section>
  );
}
