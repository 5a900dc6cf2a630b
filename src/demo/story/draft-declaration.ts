import type { DraftView, ParagraphView } from '#contract';
import type { DemoRun } from '../demo-run';

/** The paragraph whose wording starts so (the story names paragraphs by their words). */
function paragraph(draft: DraftView, start: string): ParagraphView {
  const found = draft.paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`the draft has no paragraph starting "${start}"`);
  return found;
}

/** The same wording with one phrase changed (an amendment touches a few words, not all of them). */
function reword(p: ParagraphView, from: string, to: string): string {
  if (!p.text.includes(from)) throw new Error(`"${from}" is not in "${p.text.slice(0, 40)}…"`);
  return p.text.replace(from, to);
}

const CHAIR = 'mohamed.boussraoui';

/**
 * Friday morning: the drafting committee turns Thursday's outcome document into the Mechelen
 * Declaration. The secretariat makes the draft from the compiled version (a heading per objective,
 * an operative paragraph per adopted recommendation); the chair writes the chapeau, keeping one
 * contested phrase in brackets, and adds a preambular paragraph with an alternative wording;
 * the zero draft is frozen. Then the amendments: one accepted, one accepted with the chair's
 * compromise, one adopted by a vote, one rejected, one withdrawn, and Rev.1 frozen; since then one
 * waits for the chair with two co-sponsors, and one is being voted on — what the room screen shows.
 */
export async function draftDeclaration(run: DemoRun): Promise<void> {
  const created = await run.createDraft('secretariat', 'Mechelen Declaration', [CHAIR]);
  const draftId = created.id;
  const chapeau = created.paragraphs.find((p) => p.kind === 'chapeau')!;
  await run.editParagraph(chapeau, CHAIR, {
    text:
      'We, the mayors and representatives of local and regional governments and the participants ' +
      'in the Global Conference on Cities and Migration, gathered in Mechelen on 16 and 17 ' +
      'November 2017 [in the presence of the Special Representative of the Secretary-General for ' +
      'International Migration],',
  });
  await run.addParagraph(draftId, CHAIR, {
    afterId: chapeau.id,
    kind: 'preambular',
    text: 'Recalling the New York Declaration for Refugees and Migrants and the New Urban Agenda,',
    alternatives: ['Recalling the New York Declaration for Refugees and Migrants,'],
  });
  await run.freeze(draftId, CHAIR);

  let draft = await run.draft(draftId, CHAIR);
  const data = paragraph(draft, 'National statistical offices');
  const regions = await run.amend(data, 'priya.raman', {
    kind: 'replace',
    text: reword(data, 'disaggregated by municipality', 'disaggregated by municipality and region'),
    reason: 'Regions plan health care and schools too, and need the same figures.',
  });
  await run.decide(regions, CHAIR, 'accept');

  const services = paragraph(draft, 'Cities should be able to provide');
  const commit = await run.amend(services, 'karin.johansson', {
    kind: 'replace',
    text: reword(services, 'commit States to let them do so', 'encourage States to let them do so'),
    reason: 'States cannot commit in a non-binding compact; "encourage" is the usual wording.',
  });
  await run.decide(commit, CHAIR, 'accept_modified', {
    text: reword(services, 'commit States to let them do so', 'invite States to let them do so'),
    note: '"Invite" was agreed in the room between those who wanted "commit" and "encourage".',
  });

  const councils = paragraph(draft, 'Cities should set up standing advisory councils');
  const languages = await run.amend(councils, 'amina.diallo', {
    kind: 'insert_after',
    text: 'Cities should give newcomers the information they need in the languages they speak, with the help of migrant and diaspora organisations.',
    reason: 'Councils help only those who can already follow the city’s language.',
  });
  await run.coSponsorAmendment(languages, 'yusuf.demir');
  await run.decide(languages, CHAIR, 'vote');
  await run.amendmentBallots(languages, 'SSSS SSA SOA SSS SSS SS. SA. S..');
  await run.closeAmendmentVote(languages, CHAIR);

  const detention = paragraph(draft, 'Aucun enfant ne devrait être détenu');
  const deletion = await run.amend(detention, 'jorge.ramirez', {
    kind: 'delete',
    reason: 'Detention is a matter for national law, not for a declaration of cities.',
  });
  await run.decide(deletion, CHAIR, 'reject', {
    note: 'The paragraph restates a recommendation the led discussion adopted; contested wording can be bracketed instead.',
  });

  const recognition = paragraph(draft, 'Les villes accueillent');
  const early = await run.amend(recognition, 'lucas.peeters', {
    kind: 'replace',
    text: reword(recognition, 'Le Pacte mondial devrait', 'Le Pacte mondial doit'),
    reason: 'Plus ferme.',
  });
  await run.withdrawAmendment(early, 'lucas.peeters');
  await run.freeze(draftId, CHAIR);

  // Since Rev.1: one amendment waits for the chair, one is being voted on.
  draft = await run.draft(draftId, CHAIR);
  const funding = paragraph(draft, 'Los gobiernos locales y regionales');
  const ask = await run.amend(funding, 'sofia.martinez', {
    kind: 'replace',
    text: reword(funding, 'aliente a los Estados', 'pida a los Estados'),
    reason: 'Alentar es demasiado débil para la financiación directa.',
  });
  await run.coSponsorAmendment(ask, 'marc.dubois', 'thandiwe.nkosi');

  const networks = await run.amend(recognition, 'elodie.laurent', {
    kind: 'replace',
    text: reword(
      recognition,
      'une place pour les réseaux de villes',
      'une place pour les réseaux de villes et de régions',
    ),
    reason: 'Les régions sont aussi parties prenantes de la mise en œuvre.',
  });
  await run.decide(networks, CHAIR, 'vote');
  await run.amendmentBallots(networks, 'SS.. S.. O.. S.. ... ... ... ...');
}
