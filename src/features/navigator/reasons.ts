// The one line that says why an entry point fits the answers, built from its own data.
import type { Translate } from '../../i18n/editions.ts';
import type { UiKey } from '../../i18n/ui.ts';
import type { Region } from '../../lib/region.ts';
import type { Service } from '../../schemas/service.ts';

export function serviceReason(service: Service, region: Pick<Region, 'county' | 'placeLabel'>, t: Translate): string {
  const kind = t(`kind.${service.kind}` as UiKey);
  return service.municipalities === 'alla'
    ? t('reason.wholeRegion', { kind, county: region.county })
    : t('reason.places', { kind, places: service.municipalities.map(region.placeLabel).join(', ') });
}
