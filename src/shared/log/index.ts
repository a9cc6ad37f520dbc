// Activity log: storage policy, filters, exports and reports. PURE.
export { appendEvents, type LogLimits } from './append';
export { filterEvents, type LogFilter } from './filter';
export { toCsv, toJson, csvCell, isoTime, CSV_COLUMNS, CSV_BOM } from './export';
export { eventReport } from './report';
export { encodeLog, decodeLog } from './stored';
