// Verification of published results (docs/results.md): one pure core for the CLI, the browser and verificador.js.
export * from './public-bundle.types';
export { AWARD_ORDER, finalAwards, type AwardLine } from './awards';
export { publicBundleToInput } from './bundle-input';
export {
  verifyPublicBundle,
  type AwardCheck,
  type BundleVerification,
  type SignatureStatus,
  type TrackCheck,
  type VersionCheck,
  type VerifyOptions,
} from './verify-bundle';
export { nodeSignatureCheck } from './node-signature';
