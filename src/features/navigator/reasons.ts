// The one line that says why an entry point fits the answers, built from its own data.
import { t, type UiKey } from '../../i18n/ui.ts';
import type { Service } from '../../schemas/service.ts';

export function serviceReason(service: Service, placeName: (id: string) => string, county: string): string {
  const where = service.municipalities === 'alla'
    ? `i hela ${county}`
    : `i ${service.municipalities.map(placeName).join(', ')}`;
  return `${t(`kind.${service.kind}` as UiKey)}, ${where}.`;
}
