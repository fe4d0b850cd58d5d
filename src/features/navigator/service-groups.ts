// What people come for, as municipality pages group the services.
import type { UiKey } from '../../i18n/ui.ts';
import type { Service } from '../../schemas/service.ts';

export const serviceGroups: { key: UiKey; kinds: Service['kind'][] }[] = [
  { key: 'group.treatment', kinds: ['socialtjanst-vuxen', 'beroendemottagning', 'vardcentral', 'laro', 'sprututbyte', 'beroendeavdelning', 'tillnyktring', 'psykiatri'] },
  { key: 'group.relatives', kinds: ['anhorigstod'] },
  { key: 'group.young', kinds: ['ungdomsmottagning', 'maria', 'socialtjanst-barn-unga', 'bup'] },
  { key: 'group.other', kinds: ['personligt-ombud'] },
  { key: 'group.acute', kinds: ['akutmottagning', 'psykiatrisk-akut', 'socialjour', 'narakut'] },
];

export function groupServices<T extends { data: Service }>(services: T[]): { key: UiKey; services: T[] }[] {
  return serviceGroups
    .map((group) => ({ key: group.key, services: services.filter((s) => group.kinds.includes(s.data.kind)) }))
    .filter((group) => group.services.length > 0);
}
