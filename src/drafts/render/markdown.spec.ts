import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { renderDraftComparison, renderDraftVersion } from '.';

const md = async (bytes: Promise<Buffer>) => (await bytes).toString('utf8');

describe('Markdown of a version', () => {
  it('prints numbered paragraphs, headings, alternatives and escaped brackets', async () => {
    const text = await md(renderDraftVersion(revision1(), 'md'));
    expect(text).toContain('# Mechelen Declaration on Cities and Migration');
    expect(text).toContain('\n## Objective 15: Provide access to basic services for migrants\n');
    expect(text).toContain('\n3\\. We urge States to involve local and regional governments');
    expect(text).toContain('\n9\\. We call for a \\[permanent\\] place for local governments');
    expect(text).toContain(`\n*Alt. 1* ${TEXT.op7alt}\n`);
  });

  it('ends the adopted declaration’s annex with the floor’s table when the draft kept a list', async () => {
    const doc = {
      ...adoptedDeclaration(),
      speaking: [{ constituency: 'local_government', turns: 2, seconds: 150 }],
    };
    const text = await md(renderDraftVersion(doc, 'md'));
    expect(text).toMatch(
      /### The floor: turns and speaking time per constituency\n\n[^\n]+\n\n\| Constituency \| Turns \| Speaking time \(min:s\) \|/,
    );
    expect(text).toMatch(/\| Local government \| 2 \| 2:30 \|\n$/);
    expect(await md(renderDraftVersion(adoptedDeclaration(), 'md'))).not.toContain('The floor');
  });

  it('marks untranslated paragraphs', async () => {
    const text = await md(renderDraftVersion(adoptedDeclaration(), 'md', { language: 'es' }));
    expect(text).toContain(`*Sin traducir — se imprime el original en inglés*\n\n8\\. ${TEXT.op8}`);
  });

  it('prefixes numbered lines with their number as a code span', async () => {
    const lines = (await md(renderDraftVersion(zeroDraft(), 'md', { lineNumbers: true }))).split(
      '\n',
    );
    const numbered = lines.filter((l) => /^`\d+` /.test(l));
    expect(numbered[0]).toBe(
      '`1` 1\\. We, the mayors and representatives of local and regional governments, gathered\\',
    );
    expect(numbered.map((l) => Number(/^`(\d+)`/.exec(l)![1]))).toEqual(
      numbered.map((_l, i) => i + 1),
    );
  });

  it('never lets submitted text become a link, an image or HTML', async () => {
    const doc = zeroDraft();
    doc.content.paragraphs[0].text = '[x](javascript:alert(1)) ![i](http://evil) <b>bold</b>';
    const text = await md(renderDraftVersion(doc, 'md'));
    expect(text).toContain(
      '\\[x\\](javascript:alert(1)) !\\[i\\](http://evil) \\<b\\>bold\\</b\\>',
    );
  });
});

describe('Markdown of a comparison', () => {
  it('writes changes in CriticMarkup', async () => {
    const text = await md(renderDraftComparison(zeroDraft(), revision1(), 'md'));
    expect(text).toContain(
      '{--4\\.--}{++3\\.++} We {--call on--}{++urge++} States to involve local {++and regional ++}governments',
    );
    expect(text).toContain(`*Deleted paragraph*\n\n{--3\\.--} {--${TEXT.pre2}--}`);
    expect(text).toContain(`*Inserted paragraph*\n\n{++8\\.++} {++${TEXT.op8}++}`);
    expect(text).toContain('*Moved: now paragraph 10*');
    expect(text).toContain('*Moved here from paragraph 9*');
  });

  it('keeps braces in the text from opening a mark', async () => {
    const from = zeroDraft();
    const to = revision1();
    to.content.paragraphs[0].text = 'We {++ say ++} so';
    const text = await md(renderDraftComparison(from, to, 'md'));
    expect(text).not.toContain('{++ say ++}');
    expect(text).toContain('&#123;++ say ++&#125;');
  });
});
