import { parse } from 'csv-parse/sync';
import { parse as parseHtml } from 'node-html-parser';
import { docxParagraphs } from '../../../test/reports/support';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { readPdf } from '../../../test/fixtures/reports/pdf-text';
import type { OutcomeDocument } from '../outcome-document';
import { renderOutcomeDocument } from '.';

/**
 * Recommendation 5 of the fixture lost the vote (13 support, 18 oppose: the adoption rule
 * proposes "not adopted") and was adopted by the session's moderator with a note. Every format
 * must say so wherever it prints the recommendation's disposition.
 */
const OVERRIDE =
  'Adopted by decision of the session’s moderator (Łukasz Wiśniewski), against the adoption rule’s proposal: not adopted';
const NOTE =
  'Adopted on the understanding that cities keep no register of residents’ migration status';
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('a moderator’s override of the vote', () => {
  const doc = outcomeFixture();

  it('is in the DOCX: the override mark, the decision and the note', async () => {
    const texts = await docxParagraphs(await renderOutcomeDocument(doc, 'docx'));
    const all = texts.join('\n');
    expect(all).toContain('Decision against the vote');
    expect(all).toContain(`Disposition: ${OVERRIDE}`);
    expect(all).toContain(`Note on the decision: ${NOTE}`);
    // A disposition the rule proposed is said to be the rule's.
    expect(all).toContain('Adopted, as proposed by the adoption rule');
    expect(all).toContain(
      'Adopted, as proposed by the adoption rule; confirmed by the session’s moderator (Łukasz Wiśniewski)',
    );
  });

  it('is in the PDF text', async () => {
    const pdf = await readPdf(await renderOutcomeDocument(doc, 'pdf'));
    const all = flat(pdf.pages.join('\n'));
    expect(all).toContain('Decision against the vote');
    expect(all).toContain(flat(OVERRIDE));
    expect(all).toContain(NOTE);
  });

  it('is in the HTML, marked, with the note', async () => {
    const root = parseHtml((await renderOutcomeDocument(doc, 'html')).toString('utf8'));
    const article = root.querySelector('#recommendation-5');
    expect(article?.querySelector('.mark.override')?.text).toBe('Decision against the vote');
    expect(flat(article?.querySelector('.decision.overridden')?.text ?? '')).toBe(
      `Disposition: ${OVERRIDE}`,
    );
    expect(article?.querySelector('.decision-note')?.text).toContain(NOTE);
    expect(root.querySelector('#recommendation-1 .decision')).toBeNull();
  });

  it('is in the Markdown', async () => {
    const text = (await renderOutcomeDocument(doc, 'md')).toString('utf8');
    expect(text).toContain(`**Disposition**: **${OVERRIDE}**`);
    expect(text).toContain(`**Note on the decision**: *${NOTE}`);
    expect(text).toContain('**Contested** · **Decision against the vote**');
  });

  it('is in the JSON: the proposal, who decided and the note', async () => {
    const json = JSON.parse(
      (await renderOutcomeDocument(doc, 'json')).toString('utf8'),
    ) as OutcomeDocument;
    const entry = json.chapters.flatMap((c) => c.recommendations).find((r) => r.number === 5);
    expect(entry?.disposition).toBe('adopted');
    expect(entry?.decision).toEqual({
      proposed: 'not_adopted',
      by: 'moderator',
      name: 'Łukasz Wiśniewski',
      note: expect.stringContaining(NOTE),
    });
  });

  it('is in the CSV as columns, with the text', async () => {
    const rows: Array<Record<string, string>> = parse(await renderOutcomeDocument(doc, 'csv'), {
      bom: true,
      columns: true,
    });
    expect(rows[4]).toMatchObject({
      number: '5',
      disposition: 'adopted',
      proposed_disposition: 'not_adopted',
      disposition_by: 'moderator',
      disposition_by_name: 'Łukasz Wiśniewski',
    });
    expect(rows[4].disposition_note).toContain(NOTE);
    expect(rows[4].text).toContain('Cities should issue municipal identity cards');
    expect(rows[0]).toMatchObject({ proposed_disposition: 'adopted', disposition_by: 'rule' });
  });

  it('is said in French and Spanish too', async () => {
    const fr = (await renderOutcomeDocument(outcomeFixture('fr'), 'md')).toString('utf8');
    expect(fr).toContain(
      'Adoptée par décision de la modération de la séance (Łukasz Wiśniewski), contre la proposition de la règle d’adoption\u00a0: non adoptée',
    );
    const es = (await renderOutcomeDocument(outcomeFixture('es'), 'md')).toString('utf8');
    expect(es).toContain(
      'Aprobada por decisión de la moderación de la sesión (Łukasz Wiśniewski), en contra de la propuesta de la regla de aprobación: no aprobada',
    );
  });

  it('prints a version compiled before decisions were recorded with its disposition alone', async () => {
    const old = outcomeFixture();
    for (const entry of [...old.chapters.flatMap((c) => c.recommendations), ...old.annexA])
      delete entry.decision;
    const text = (await renderOutcomeDocument(old, 'md')).toString('utf8');
    expect(text).toContain('- **Disposition**: Adopted\n');
    expect(text).not.toContain('Decision against the vote');
  });
});
