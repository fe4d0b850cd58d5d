// The one line that says why an entry point fits the answers, built from its own data.
import { t, type UiKey } from '../../i18n/ui.ts';
import type { Region } from '../../lib/region.ts';
import type { Service } from '../../schemas/service.ts';

export function serviceReason(service: Service, region: Pick<Region, 'county' | 'placeLabel'>): string {
  const where = service.municipalities === 'alla'
    ? `i hela ${region.county}`
    : `i ${service.municipalities.map(region.placeLabel).join(', ')}`;
  return `${t(`kind.${service.kind}` as UiKey)}, ${where}.`;
}
