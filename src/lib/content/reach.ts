// The best way to reach an entry point that has no verified number of its own: the municipality's
// switchboard for a municipal service, the region's healthcare line for the region's, the unit's
// own web page for the rest. Every route is a fact from content/ with its own source, so a card
// never ends at "Uppgift saknas". The words around it (what to ask for) are the card's.
import { getCollection, getEntry } from 'astro:content';
import type { Phone } from '../phone.ts';
import { namedMunicipalities, servesMunicipality, type Served } from '../region.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import { getSite } from './site.ts';

export interface Route {
  via: 'switchboard' | 'healthcare' | 'municipality-web' | 'web';
  /** What the number is called in running text ("kommunens växel"); empty where the number says it (1177). */
  name: string;
  phone?: Phone;
  web?: string;
  source: string[];
  reviewed: string;
  verified: boolean;
  verificationNote?: string | undefined;
}

export interface RouteFacts {
  /** Who runs the offer: a municipality's offer is reached through the municipality. */
  principal?: string | undefined;
  municipalities: Served;
  /** The offer's own web page, if any. */
  web?: string | undefined;
  /** The offer's own provenance, which its own web page shares. */
  source: string[];
  reviewed: string;
  verified: boolean;
  /**
   * True when the offer has a number of its own (not confirmed): the route is then a second way in,
   * and 1177 is one only for the region's own offers; asking it for a club or a line leads nowhere.
   */
  hasOwnPhone?: boolean | undefined;
}

interface HealthcareLine {
  phone?: Phone | undefined;
  source: string[];
  reviewed: string;
  verified: boolean;
  verificationNote?: string | undefined;
}

/** Pure: the route for an offer, given where the reader lives (if known) and the region's facts. */
export function chooseRoute(
  offer: RouteFacts,
  place: string | undefined,
  municipalities: ReadonlyMap<string, Municipality>,
  healthcare: HealthcareLine | undefined,
): Route | undefined {
  const named = namedMunicipalities(offer.municipalities);
  const municipalityId = place && servesMunicipality(offer.municipalities, place) && municipalities.has(place) ? place : named.length === 1 ? named[0] : undefined;
  const municipality = municipalityId ? municipalities.get(municipalityId) : undefined;
  const viaHealthcare = (): Route | undefined =>
    healthcare?.phone
      ? { via: 'healthcare', name: '', phone: healthcare.phone, source: healthcare.source, reviewed: healthcare.reviewed, verified: healthcare.verified, verificationNote: healthcare.verificationNote }
      : undefined;
  const ownWeb = (): Route | undefined =>
    offer.web ? { via: 'web', name: '', web: offer.web, source: offer.source, reviewed: offer.reviewed, verified: offer.verified } : undefined;

  if (offer.principal === 'kommun' && municipality) {
    const sb = municipality.switchboard;
    if (sb) return { via: 'switchboard', name: sb.name, phone: sb.phone, source: sb.source, reviewed: sb.reviewed, verified: sb.verified, verificationNote: sb.verificationNote };
    if (municipality.web) return { via: 'municipality-web', name: municipality.name, web: municipality.web, source: municipality.source, reviewed: municipality.reviewed, verified: municipality.verified, verificationNote: municipality.verificationNote };
  }
  if (offer.principal === 'region') return viaHealthcare() ?? ownWeb();
  return ownWeb() ?? (offer.hasOwnPhone ? undefined : viaHealthcare());
}

let facts: Promise<{ municipalities: Map<string, Municipality>; healthcare: HealthcareLine | undefined }> | undefined;

/** The route for an offer as the build sees the content. */
export async function routeFor(offer: RouteFacts, place?: string): Promise<Route | undefined> {
  facts ??= (async () => {
    const municipalities = new Map((await getCollection('municipalities')).map((m) => [m.id, m.data]));
    const healthcare = (await getEntry('helplines', getSite().acuteStrip.healthcare))?.data;
    return { municipalities, healthcare };
  })();
  const { municipalities, healthcare } = await facts;
  return chooseRoute(offer, place, municipalities, healthcare);
}
