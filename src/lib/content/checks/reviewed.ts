// Facts not reviewed for a year: a warning, never an error. Time passing must never stop a build,
// but an editor running the check should hear which files are due.
import { isOutdated } from '../../build-date.ts';
import { formatError } from '../../../schemas/messages.ts';
import type { ContentEntry } from '../validate.ts';

/** `today` is the build day (BUILD_DATE), YYYY-MM-DD. */
export function outdatedReviews(entries: ContentEntry[], today: string): string[] {
  return entries.flatMap((entry) => {
    const reviewed = entry.data.reviewed;
    if (typeof reviewed !== 'string' || !isOutdated(reviewed, today)) return [];
    return [
      formatError(
        entry.file,
        'reviewed',
        `granskades senast ${reviewed}, för mer än tolv månader sedan. Kontrollera uppgifterna mot källan och skriv dagens datum.`,
      ),
    ];
  });
}
