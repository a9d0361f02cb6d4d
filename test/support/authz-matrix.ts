import { Role } from '../../src/users/user.entity';

/**
 * Who may call each route: `public`, or the roles allowed (others answer 403, anonymous 401). Written by hand,
 * on purpose: the matrix test reads the routes from the router, so a new route without a line here fails it.
 */
export type Rule = 'public' | readonly Role[];

const { ORGANISER: O, OBSERVER: B, NOMINATOR: N, JUDGE: J } = Role;
const ANY = [O, B, N, J] as const;
const STAFF_READ = [O, B] as const;

export const MATRIX: Record<string, Rule> = {
  // Swagger UI and the OpenAPI document, served outside /api.
  'GET /docs': 'public',
  'GET /docs/': 'public',
  'GET /docs/*': 'public',
  'GET /docs/index.html': 'public',
  'GET /docs/LICENSE': 'public',
  'GET /docs/swagger-ui-init.js': 'public',
  'GET /docs/docs/swagger-ui-init.js': 'public',
  'GET /docs-json': 'public',
  'GET /docs-yaml': 'public',

  'GET /api/health': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/register': 'public',
  'GET /api/auth/me': ANY,
  'POST /api/auth/logout': ANY,
  'PATCH /api/auth/password': ANY,

  'GET /api/users': STAFF_READ,
  'POST /api/users': [O],
  'POST /api/users/:id/approve': [O],
  'POST /api/users/:id/disable': [O],
  'POST /api/users/:id/password': [O],

  'GET /api/editions': ANY,
  'POST /api/editions': [O],
  'GET /api/editions/:id': ANY,
  'PATCH /api/editions/:id': [O],
  'POST /api/editions/:id/clone': [O],
  'GET /api/editions/:id/tracks': ANY,
  'GET /api/editions/:id/bundle': [O],
  'POST /api/editions/:id/bundle': [O],
  'POST /api/editions/import': [O],
  'GET /api/tracks/:id': ANY,
  'PATCH /api/tracks/:id': [O],

  'GET /api/public/institutions': 'public',
  'GET /api/public/states': 'public',
  'GET /api/institutions': [O, B, N],
  'GET /api/institutions/:id': [O, B, N],
  'POST /api/institutions': [O],
  'PATCH /api/institutions/:id': [O],

  'POST /api/nominations': [O, N],
  'GET /api/nominations': [O, B, N],
  'GET /api/nominations/:id': [O, B, N],
  'PATCH /api/nominations/:id': [O, N],
  'POST /api/nominations/:id/submit': [O, N],
  'POST /api/nominations/:id/withdraw': [O, N],
  'POST /api/nominations/:id/eligibility': [O],
  'POST /api/nominations/:id/extension': [O],
  'POST /api/nominations/:id/attachments': [O, N],
  'GET /api/nominations/:id/attachments/:attachmentId': [O, B, N],
  'DELETE /api/nominations/:id/attachments/:attachmentId': [O, N],

  'GET /api/tracks/:id/panel': STAFF_READ,
  'PUT /api/tracks/:id/panel': [O],
  'GET /api/users/:id/affiliations': STAFF_READ,
  'PUT /api/users/:id/affiliations': [O],
  'POST /api/tracks/:id/conflicts': [O],
  'DELETE /api/tracks/:id/conflicts/:conflictId': [O],
  'POST /api/tracks/:id/assignments/auto': [O],
  'POST /api/tracks/:id/assignments': [O],
  'GET /api/tracks/:id/assignments': STAFF_READ,
  'GET /api/judge/assignments': [J],
  'GET /api/assignments/:id': [O, B, J],
  'GET /api/assignments/:id/attachments/:attachmentId': [O, B, J],
  'DELETE /api/assignments/:id': [O],
  'POST /api/assignments/:id/recuse': [J],
  'PUT /api/assignments/:id/score-sheet': [J],
  'POST /api/assignments/:id/score-sheet/submit': [J],
  'POST /api/assignments/:id/score-sheet/reopen': [O],
  'GET /api/tracks/:id/progress': STAFF_READ,

  'GET /api/tracks/:id/results': STAFF_READ,
  'GET /api/tracks/:id/overrides': STAFF_READ,
  'POST /api/tracks/:id/overrides': [O],
  'DELETE /api/tracks/:id/overrides/:overrideId': [O],
  'POST /api/editions/:id/finalize': [O],
  'POST /api/editions/:id/publish': [O],
  'GET /api/editions/:id/seal': STAFF_READ,
  'GET /api/public/editions/:id/results': 'public',
  'GET /api/public/editions/:id/results.csv': 'public',
  'GET /api/public/editions/:id/bundle': 'public',
  'GET /api/public/editions/:id/certificates/:nominationId.pdf': 'public',

  'GET /api/audit': STAFF_READ,
  'GET /api/audit/verify': STAFF_READ,
};
