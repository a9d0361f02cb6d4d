import { join } from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sut = require('./module-boundaries.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const layers = require('./module-layers.js');

const srcRoot = join(__dirname, '..', '..', 'src');
const at = (file: string) => join(srcRoot, file);
const options = [{ layers, srcRoot }];
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

describe('module-boundaries', () => {
  tester.run('module-boundaries', sut, {
    valid: [
      {
        filename: at('results/x.ts'),
        options,
        code: "import { ProposalsService } from '../governance/proposals.service';",
      },
      {
        filename: at('results/x.ts'),
        options,
        code: "import type { Proposed } from '../governance/proposals.service';",
      },
      {
        filename: at('results/x.ts'),
        options,
        code: "import { type Proposed } from '../governance/proposals.service';",
      },
      { filename: at('results/x.ts'), options, code: "import { ResultsErrors } from './results.errors';" },
      { filename: at('judging/panels/x.ts'), options, code: "import { Locks } from '../../database/locks';" },
      { filename: at('app.module.ts'), options, code: "import { WebModule } from './web/web.module';" },
    ],
    invalid: [
      {
        filename: at('audit/x.ts'),
        options,
        code: "import { UsersService } from '../users/users.service';",
        errors: [{ messageId: 'layer' }],
      },
      {
        filename: at('database/x.ts'),
        options,
        code: "export * from '../nominations/nomination-access';",
        errors: [{ messageId: 'layer' }],
      },
      {
        filename: at('nominations/x.ts'),
        options,
        code: "import { ProposalsService, Proposed } from '../governance/proposals.service';",
        errors: [{ messageId: 'service' }],
      },
      {
        filename: at('newmodule/x.ts'),
        options,
        code: "import { Clock } from '../common/clock/clock';",
        errors: [{ messageId: 'unknown' }],
      },
    ],
  });

  it("finds a cycle in a layer map, and none in the project's", () => {
    expect(sut.cycleIn(layers)).toBeNull();
    expect(sut.cycleIn({ ...layers, audit: [...layers.audit, 'users'] })).toEqual([
      'audit',
      'users',
      'audit',
    ]);
  });
});
