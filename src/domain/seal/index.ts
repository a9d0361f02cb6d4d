// The sealed results document (docs/domain.md, "Seal and publication"): build, canonicalise (RFC 8785), hash, verify.
export { canonicalJson, sha256Hex } from './canonical';
export { anonymiseTrack, judgeNumber } from './anonymise';
export { buildResultsDocument, buildPublicResultsDocument, nothingRanked } from './results-document';
export { sealResults, type SealedResults } from './seal';
export {
  verifyResultsDocument,
  resultsDocumentToInput,
  resultMismatches,
  judgeNumberingIsValid,
  differences,
  type VerificationReport,
  type ResultMismatch,
  type DocumentDifference,
} from './verify';
export * from './results-document.types';
export { sha256HexOfBytes } from './canonical';
export * from './signature';
