// Lazy part (registry.ts): Notion's words in its fourteen UI languages besides English
// (notion/text-table-langs.ts), asked for the first time a page in another language (or none) needs them
// (notion/text-table.ts rowOf). It hands them to every copy of the detection code through the isolated
// world's global object. It also sets an organisation's text overrides (notion/text-overrides.ts), which
// runtime/coverage.ts applyOverrides hands it.
import { OTHER_LANGUAGES } from '../notion/text-table-langs';
import { provideLanguageRows } from '../notion/text-table';
import { setTextOverrides } from '../notion/text-overrides';
import { definePart } from './registry';

provideLanguageRows(OTHER_LANGUAGES);
export const part = { languages: Object.keys(OTHER_LANGUAGES), setTextOverrides };
definePart('texts', part);
