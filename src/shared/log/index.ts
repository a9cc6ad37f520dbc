// Activity log: storage policy, filters, exports and reports. PURE.
export { appendEvents, MAX_KEPT_EVIDENCE, type LogLimits } from './append';
export { cleanFilter, filterEvents, type LogFilter } from './filter';
export { toCsv, toJson, csvCell, isoTime, CSV_COLUMNS, CSV_BOM } from './export';
export { buildReport, collapseRows, describeEvent, isReportable, pageLink, reportTarget, PHRASES, type LogRow, type Phrase, type Report, type Words } from './report';
export { digestAdd, digestOf, emptyDigest, readDigest, type LogDigest } from './digest';
export { encodeLog, decodeLog } from './stored';
