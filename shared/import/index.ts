/** Public API of the importers, for the import worker and the UI. */
export { analyseRegister } from './register';
export type {
  AnalyseRegisterOptions,
  PreviewRow,
  RegisterPreview,
  ImportIssue,
  ImportWarning,
  ValueMappings,
  UnrecognisedColumn,
} from './register';
export { describeUnrecognised } from './unrecognised';
export { valueChoices } from './enum-values';
export { layoutMemoryKey, rememberLayout, upgradeRememberedLayout } from './layout-memory';
export type { RememberedLayout } from './layout-memory';
export { readRegisterFile } from './read-register-file';
export type { RegisterFile } from './read-register-file';
export { parseCsvBytes, parseCsvText } from './csv';
export type { ParseCsvOptions } from './csv';
export { IMPORT_LIMITS } from './limits';
export { readXlsx } from './xlsx';
export { decodeText } from './decode';
export { detectHeaderRow } from './header-detect';
export { HEADER_SYNONYMS, layoutKey, matchHeader, normaliseHeader, suggestMapping } from './columns';
export type { ColumnMapping, MappingTarget } from './columns';
export { FIELD_LABELS, IMPORT_FIELDS } from './fields';
export type { ImportField } from './fields';
export type { Cell, Grid } from './grid';
export {
  parseBoolean,
  parseCategory,
  parseContractingModel,
  parseDate,
  parseHostingModel,
  parseInteger,
  parseList,
  parseMoney,
  parseProcurementRoute,
  parseRegime,
  parseStatus,
} from './values';
export { PORTFOLIO_FORMAT, PORTFOLIO_VERSION, parsePortfolio, serialisePortfolio, upgrades } from './portfolio-format';
export type { AppraisalBundle, Portfolio, PortfolioParseResult } from './portfolio-format';
