// The blocks an MDX page in any edition may use without importing them: <AcuteNumbers /> etc.
// Each renders content data with the words of the page's edition.
import AcuteNumbers from './AcuteNumbers.astro';
import Doors from './Doors.astro';
import InterpreterRequest from './InterpreterRequest.astro';
import KnowledgeLinks from './KnowledgeLinks.astro';
import LanguageLines from './LanguageLines.astro';
import MunicipalityContacts from './MunicipalityContacts.astro';
import RelativesSupport from './RelativesSupport.astro';
import SelfTests from './SelfTests.astro';
import type { BlockName } from '../../../lib/content/block-names.ts';

// The content check allows exactly the names in names.ts: a block added here must be named there.
export const blocks = { AcuteNumbers, Doors, InterpreterRequest, KnowledgeLinks, LanguageLines, MunicipalityContacts, RelativesSupport, SelfTests } satisfies Record<BlockName, unknown>;
