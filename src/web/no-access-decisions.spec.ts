import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Pages never decide access: the modules' policies and presenters say what the viewer may do (`can: {…}`,
 * viewerMenu) and templates only show it. Any role comparison or permission check left in src/web fails here.
 */
const FORBIDDEN: { name: string; pattern: RegExp }[] = [
  { name: 'Role.<x>', pattern: /\bRole\.[A-Z]/ },
  { name: 'role comparison', pattern: /\.role\s*[!=]==|[!=]==\s*[\w.]*\.role\b/ },
  { name: 'roleCan', pattern: /\broleCan\b/ },
  { name: 'can(Permission…)', pattern: /\bcan\(\s*(it\.)?Permission\b/ },
  { name: 'role literal comparison', pattern: /[!=]==\s*'(ORGANISER|OBSERVER|NOMINATOR|JUDGE)'/ },
];

const WEB = __dirname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.(ts|eta)$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

export function accessDecisionsIn(source: string): string[] {
  return FORBIDDEN.filter(({ pattern }) => pattern.test(source)).map(({ name }) => name);
}

describe('src/web decides no access', () => {
  it('has no role comparison or permission check in any controller, view model or template', () => {
    const found = files(WEB).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          accessDecisionsIn(line).map((what) => `${relative(WEB, file)}:${i + 1} ${what}: ${line.trim()}`),
        ),
    );
    expect(found).toEqual([]);
  });

  it('recognises each forbidden form', () => {
    expect(accessDecisionsIn('if (auth.role === Role.NOMINATOR) {')).toEqual(['Role.<x>', 'role comparison']);
    expect(accessDecisionsIn("<% if (it.user.role !== 'OBSERVER') { %>")).toEqual([
      'role comparison',
      'role literal comparison',
    ]);
    expect(accessDecisionsIn('roleCan(auth.role, Permission.USER_MANAGE)')).toEqual(['roleCan']);
    expect(accessDecisionsIn('<% if (it.can(it.Permission.EDITION_PUBLISH)) { %>')).toEqual([
      'can(Permission…)',
    ]);
    expect(accessDecisionsIn('<% if (it.can.publish) { %>')).toEqual([]);
  });
});
