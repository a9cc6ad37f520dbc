// Activity log: storage policy, filters, exports and reports. PURE.
export { appendEvents, MAX_KEPT_EVIDENCE, type LogLimits } from './append';
export { filterEvents, type LogFilter } from './filter';
export { toCsv, toJson, csvCell, isoTime, CSV_COLUMNS, CSV_BOM } from './export';
export { eventReport, ENGLISH_REPORT_NAMES, type ReportNames } from './report';
export { encodeLog, decodeLog } from './stored';
