// Unit project setup (vitest.config.ts): every UI language's detection words are here, as on a Notion page
// once the lazy `texts` part arrived (src/content/notion/text-table.ts rowOf). The adapter tests read
// pages in many languages; test/content/notion/text-table.test.ts checks the lazy arrival itself.
import { provideLanguageRows } from '../../src/content/notion/text-table';
import { OTHER_LANGUAGES } from '../../src/content/notion/text-table-langs';

provideLanguageRows(OTHER_LANGUAGES);
