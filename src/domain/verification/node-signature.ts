import { createPublicKey, verify } from 'node:crypto';
import type { SignatureCheck } from '../seal/signature';

/** Ed25519 signature check with Node's own crypto (the CLI and verificador.js). */
export const nodeSignatureCheck: SignatureCheck = (publicKey, message, signature) => {
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
  return Promise.resolve(verify(null, Buffer.from(message, 'utf8'), key, Buffer.from(signature, 'base64')));
};
