// schema.org data for a service page, so that search engines and other machines can read the
// opening hours, including the holiday exceptions.
import type { Service } from '../../schemas/service.ts';
import type { Interval, Schedule } from '../../lib/opening-hours/schedule.ts';

const dayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
const closes = (minute: number) => (minute === 1440 ? '23:59' : clock(minute));

const healthKinds = new Set<Service['kind']>(['vardcentral', 'beroendemottagning', 'beroendeavdelning', 'psykiatri', 'psykiatrisk-akut', 'akutmottagning', 'narakut', 'bup', 'sprututbyte', 'laro', 'ungdomsmottagning', 'maria']);

function hours(intervals: Interval[]) {
  return intervals.map(([start, end]) => ({ opens: clock(start), closes: closes(end) }));
}

export function serviceJsonLd(service: Service, schedule: Schedule | undefined, path: string): Record<string, unknown> {
  const c = service.contact;
  return {
    '@context': 'https://schema.org',
    '@type': healthKinds.has(service.kind) ? 'MedicalClinic' : service.principal === 'kommun' ? 'GovernmentOffice' : 'LocalBusiness',
    name: service.name,
    description: service.summary,
    url: path,
    parentOrganization: { '@type': 'Organization', name: service.organisation },
    ...(c?.phone ? { telephone: c.phone.tel } : {}),
    ...(c?.email ? { email: c.email } : {}),
    ...(c?.web ? { sameAs: c.web } : {}),
    ...(c?.address
      ? { address: { '@type': 'PostalAddress', streetAddress: c.address.street, postalCode: c.address.postalCode, addressLocality: c.address.city, addressCountry: 'SE' } }
      : {}),
    ...(schedule
      ? {
          openingHoursSpecification: schedule.week.flatMap((intervals, day) =>
            hours(intervals).map((h) => ({ '@type': 'OpeningHoursSpecification', dayOfWeek: `https://schema.org/${dayNames[day]}`, ...h })),
          ),
          specialOpeningHoursSpecification: schedule.exceptions.flatMap(({ date, intervals, name }) =>
            (intervals.length > 0 ? hours(intervals) : [{ opens: '00:00', closes: '00:00' }]).map((h) => ({
              '@type': 'OpeningHoursSpecification',
              validFrom: date,
              validThrough: date,
              ...h,
              ...(name ? { name } : {}),
            })),
          ),
        }
      : {}),
    dateModified: service.reviewed,
  };
}

/** JSON for a <script type="application/ld+json">, safe inside HTML. */
export const jsonLdText = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
