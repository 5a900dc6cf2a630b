import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The docs a newcomer reads first must describe the tree as it is: every folder of src/ is named
 * in docs/DESIGN.md's module list and in README's "Layout", and every path the design points to
 * exists (it pointed to folders that did not, issue 18).
 */
const root = join(__dirname, '..', '..');
const design = readFileSync(join(root, 'docs', 'DESIGN.md'), 'utf8');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const srcFolders = readdirSync(join(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Backquoted paths into the repository (`src/speakers/`, `src/realtime/draft-*.ts`). */
function pathsIn(markdown: string): string[] {
  const quoted = [...markdown.matchAll(/`([^`\s]+)`/g)].map((match) => match[1]);
  return quoted.filter(
    (text) =>
      /^(src|test|bench|migrations|packages|client|docs|scripts)\//.test(text) &&
      !text.includes('<'),
  );
}

function exists(path: string): boolean {
  if (!path.includes('*')) return existsSync(join(root, path));
  const slash = path.lastIndexOf('/');
  const folder = join(root, path.slice(0, slash));
  const name = new RegExp(
    `^${path
      .slice(slash + 1)
      .replace(/[.]/g, '\\.')
      .replace(/\*/g, '.*')}$`,
  );
  return existsSync(folder) && readdirSync(folder).some((file) => name.test(file));
}

describe('the docs describe the tree as it is', () => {
  const modules = design.slice(design.indexOf('- **Modules**'), design.indexOf('- **Tests**'));
  const layout = readme.slice(readme.indexOf('### Layout'));

  it.each(srcFolders)('src/%s is in DESIGN.md’s module list and README’s layout', (folder) => {
    expect(modules).toContain(`\`${folder}\``);
    expect(layout).toMatch(new RegExp(`^ {2}${folder}/ `, 'm'));
  });

  it('names only test folders that exist, and every one of them', () => {
    const tests = design.slice(design.indexOf('- **Tests**'), design.indexOf('- **One path'));
    const named = [...tests.matchAll(/`([a-z]+)\/`/g)]
      .map((match) => match[1])
      .filter((name) => name !== 'test')
      .sort();
    const folders = readdirSync(join(root, 'test'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !['fixtures', 'support'].includes(entry.name))
      .map((entry) => entry.name)
      .sort();
    expect(named).toEqual(folders);
  });

  it('points only to paths that exist', () => {
    const paths = pathsIn(design);
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((path) => !exists(path))).toEqual([]);
  });
});
